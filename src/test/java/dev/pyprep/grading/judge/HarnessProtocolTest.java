package dev.pyprep.grading.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyprep.question.CodingMode;
import dev.pyprep.question.Comparator;
import dev.pyprep.question.TestVisibility;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class HarnessProtocolTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final HarnessProtocol protocol = new HarnessProtocol();

    @Test
    void framesAreLengthPrefixedAndCarryNoExpectedValues() {
        GradingJob job = new GradingJob(CodingMode.FUNCTION, "f", "def f(x): return x", null, Comparator.EXACT, 0, 1000, 256,
                List.of(new GradingJob.Test(7L, 1, TestVisibility.HIDDEN, 1, json.readTree("{\"args\": [\"héllo\"]}"),
                        json.readTree("\"zq-expected-marker\""))));
        byte[] bytes = protocol.encode("n1", job, 4096);
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] parts = text.split("\n", 2);
        int headerLength = Integer.parseInt(parts[0]);
        byte[] rest = parts[1].getBytes(StandardCharsets.UTF_8);
        var header = json.readTree(new String(rest, 0, headerLength, StandardCharsets.UTF_8));
        assertThat(header.path("nonce").asString()).isEqualTo("n1");
        assertThat(header.path("test_count").asInt()).isEqualTo(1);
        String testFrame = new String(rest, headerLength, rest.length - headerLength, StandardCharsets.UTF_8);
        int testLength = Integer.parseInt(testFrame.substring(0, testFrame.indexOf('\n')));
        var test = json.readTree(testFrame.substring(testFrame.indexOf('\n') + 1));
        assertThat(testLength).isEqualTo(test.toString().getBytes(StandardCharsets.UTF_8).length);
        assertThat(test.path("args").get(0).asString()).isEqualTo("héllo");
        assertThat(text).doesNotContain("expected").doesNotContain("zq-expected-marker");
    }

    @Test
    void onlyLinesWithThisRunsNonceCountAndTheFirstReportOfATestWins() {
        String stdout = """
                {"event": "test", "id": 1, "status": "ok", "value": 99}
                other {"event": "test", "id": 1, "status": "ok", "value": 98}
                abc {"event": "test", "id": 1, "status": "ok", "value": 1}
                abc {"event": "test", "id": 1, "status": "ok", "value": 2}
                abc not json
                abc {"event": "done"}
                """;
        HarnessProtocol.Report report = protocol.decode("abc", stdout);
        assertThat(report.done()).isTrue();
        assertThat(report.compileError()).isNull();
        assertThat(report.tests()).hasSize(1);
        assertThat(report.tests().get(1).status()).isEqualTo(HarnessEvent.Status.OK);
        assertThat(report.tests().get(1).value().asInt()).isEqualTo(1);
    }

    @Test
    void aCompileErrorIsReported() {
        HarnessProtocol.Report report = protocol.decode("n",
                "n {\"event\": \"compile\", \"ok\": false, \"error\": {\"type\": \"SyntaxError\", \"line\": 3}}\n");
        assertThat(report.compileError().error().line()).isEqualTo(3);
        assertThat(report.compileError().error().type()).isEqualTo("SyntaxError");
    }

    @Test
    void unknownStatusesAreTypedAsUnknown() {
        HarnessProtocol.Report report = protocol.decode("n", "n {\"event\": \"test\", \"id\": 2, \"status\": \"weird\"}\n");
        assertThat(report.tests().get(2).status()).isEqualTo(HarnessEvent.Status.UNKNOWN);
    }
}
