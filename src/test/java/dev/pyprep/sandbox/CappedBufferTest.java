package dev.pyprep.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CappedBufferTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDoneLineCountsOnlyOnceItsNewlineArrived() {
        CappedBuffer out = new CappedBuffer(1 << 20);
        byte[] marker = b("n0nce {\"event\": \"done\"");
        out.append(b("n0nce {\"event\": \"test\", \"id\": 1}\nn0nce {\"event\": \"do"));
        assertThat(out.hasLine(marker, 0)).isFalse();
        int checked = out.size();
        out.append(b("ne\", \"ms\": 12"));
        assertThat(out.hasLine(marker, checked - marker.length)).isFalse();
        out.append(b("}\n"));
        assertThat(out.hasLine(marker, checked - marker.length)).isTrue();
        assertThat(out.text()).endsWith("\"ms\": 12}\n");
    }

    @Test
    void anotherNonceIsNotTheDoneLine() {
        CappedBuffer out = new CappedBuffer(1 << 20);
        out.append(b("f0rged {\"event\": \"done\", \"ms\": 1}\n"));
        assertThat(out.hasLine(b("n0nce {\"event\": \"done\""), 0)).isFalse();
    }

    @Test
    void keepsNoMoreThanItsLimitAndSaysSo() {
        CappedBuffer out = new CappedBuffer(10);
        assertThat(out.append(b("12345"))).isTrue();
        assertThat(out.append(b("67890abc"))).isFalse();
        assertThat(out.text()).isEqualTo("1234567890");
        assertThat(out.truncated()).isTrue();
        assertThat(out.append(b("x"))).isFalse();
        assertThat(out.size()).isEqualTo(10);
    }
}
