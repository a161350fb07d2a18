package dev.pyprep.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CappedBufferTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void findsALineStartAndItsNewlineAcrossChunks() {
        CappedBuffer out = new CappedBuffer(1 << 20);
        byte[] marker = b("n0nce {\"event\": \"done\"");
        out.append(b("n0nce {\"event\": \"test\", \"id\": 1}\nn0nce {\"event\": \"do"));
        assertThat(out.indexOf(marker, 0)).isEqualTo(-1);
        out.append(b("ne\", \"ms\": 12"));
        int at = out.indexOf(marker, 0);
        assertThat(at).isEqualTo(b("n0nce {\"event\": \"test\", \"id\": 1}\n").length);
        assertThat(out.newlineFrom(at + marker.length)).isFalse();
        out.append(b("}\n"));
        assertThat(out.newlineFrom(at + marker.length)).isTrue();
        assertThat(out.text()).endsWith("\"ms\": 12}\n");
    }

    @Test
    void anotherNonceIsNotTheDoneLine() {
        CappedBuffer out = new CappedBuffer(1 << 20);
        out.append(b("f0rged {\"event\": \"done\", \"ms\": 1}\n"));
        assertThat(out.indexOf(b("n0nce {\"event\": \"done\""), 0)).isEqualTo(-1);
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
