package dev.pyprep.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run ends at the harness's done line, however the engine splits it into frames; nothing else ends it early. */
class AttachedContainerTest {

    private final List<String> killed = new ArrayList<>();
    private final AttachedContainer c = new AttachedContainer("c0ffee", 256, 1 << 20, 1 << 20, killed::add);

    private void out(String text) {
        c.output.onNext(new Frame(StreamType.STDOUT, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDoneLineSplitAfterItsMarkerStillEndsTheRun() throws InterruptedException {
        c.finishOnLine("n0nce {\"event\": \"done\"");
        out("n0nce {\"event\": \"test\", \"id\": 1, \"status\": \"ok\"}\n");
        out("n0nce {\"event\": \"done\", \"ms\"");
        assertThat(c.awaitFinished(0)).isFalse();
        out(": 5");
        assertThat(c.awaitFinished(0)).isFalse();
        out("}\n");
        assertThat(c.awaitFinished(0)).isTrue();
        assertThat(c.saidDone()).isTrue();
        assertThat(c.stdout.text()).endsWith("\"ms\": 5}\n");
    }

    @Test
    void stderrAndOtherNoncesDoNotEndTheRunButTheStreamsEndingDoes() throws InterruptedException {
        c.finishOnLine("n0nce {\"event\": \"done\"");
        c.output.onNext(new Frame(StreamType.STDERR, "n0nce {\"event\": \"done\", \"ms\": 1}\n".getBytes(StandardCharsets.UTF_8)));
        out("f0rged {\"event\": \"done\", \"ms\": 1}\n");
        assertThat(c.awaitFinished(0)).isFalse();
        c.output.onComplete();
        assertThat(c.awaitFinished(0)).isTrue();
        assertThat(c.saidDone()).isFalse();
        assertThat(killed).isEmpty();
    }
}
