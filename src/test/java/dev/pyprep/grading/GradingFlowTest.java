package dev.pyprep.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyprep.account.Role;
import dev.pyprep.question.Questions;
import testsupport.Candidate;
import testsupport.Containers;
import testsupport.Environment;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

@PyPrepTest
class GradingFlowTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    dev.pyprep.sandbox.Sandbox sandbox;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Questions questions;

    Candidate candidate;

    @BeforeEach
    void setUp() {
        Environment.requireDocker();
        candidate = new Candidate(mvc, accounts.as(accounts.create(Role.CANDIDATE)));
    }

    long version(String slug) {
        return questions.current(slug).orElseThrow().versionId();
    }

    @Test
    void aCorrectSolutionIsAccepted() {
        JsonNode result = candidate.submitAndWait(version("fx-sum-to"), "SUBMIT", "def sum_to(n):\n    return n * (n + 1) // 2\n");
        assertThat(result.path("verdict").asString()).isEqualTo("ACCEPTED");
        assertThat(result.path("score").asInt()).isEqualTo(100);
        assertThat(result.path("tests")).hasSize(6);
        assertThat(Containers.leftovers(sandbox)).isEmpty();
    }

    @Test
    void anOffByOneIsAWrongAnswerShowingTheFailingSampleAndOnlyCountingHiddenFailures() {
        JsonNode result = candidate.submitAndWait(version("fx-sum-to"), "SUBMIT", "def sum_to(n):\n    return sum(range(n))\n");
        assertThat(result.path("verdict").asString()).isEqualTo("WRONG_ANSWER");
        assertThat(result.path("message").asString()).isEqualTo("Wrong answer on sample test 1");
        JsonNode sample = result.path("tests").get(0);
        assertThat(sample.path("visibility").asString()).isEqualTo("sample");
        assertThat(sample.path("input").asString()).isEqualTo("1");
        assertThat(sample.path("expected").asString()).isEqualTo("1");
        assertThat(sample.path("actual").asString()).isEqualTo("0");
        JsonNode hidden = result.path("tests").get(4);
        assertThat(hidden.path("visibility").asString()).isEqualTo("hidden");
        assertThat(hidden.path("verdict").asString()).isEqualTo("WRONG_ANSWER");
        assertThat(hidden.path("input").isNull() || hidden.path("input").isMissingNode()).isTrue();
        assertThat(hidden.path("expected").isNull()).isTrue();
        assertThat(hidden.path("actual").isNull()).isTrue();
        assertThat(result.toString()).doesNotContain("5050").doesNotContain("12502500");
        // only the n=0 test passes: weight 1 of 7 (samples 1+1+1, hidden 1+1+2)
        assertThat(result.path("score").asInt()).isEqualTo(14);
    }

    @Test
    void runShowsSamplesAndCustomInputInFullDetail() {
        JsonNode result = candidate.submitAndWait(version("fx-sum-to"), "RUN",
                "def sum_to(n):\n    print('called with', n)\n    return n * (n + 1) // 2\n", "[4]");
        assertThat(result.path("verdict").asString()).isEqualTo("ACCEPTED");
        assertThat(result.path("tests")).hasSize(4);
        JsonNode custom = result.path("tests").get(3);
        assertThat(custom.path("visibility").asString()).isEqualTo("custom");
        assertThat(custom.path("actual").asString()).isEqualTo("10");
        assertThat(custom.path("stdout").asString()).isEqualTo("called with 4\n");
    }

    @Test
    void syntaxErrorsNameTheLine() {
        JsonNode result = candidate.submitAndWait(version("fx-sum-to"), "SUBMIT", "def sum_to(n):\n    return (n +\n");
        assertThat(result.path("verdict").asString()).isEqualTo("SYNTAX_ERROR");
        assertThat(result.path("message").asString()).contains("line 2");
    }

    @Test
    void runtimeErrorsReportTypeMessageAndLine() {
        JsonNode result = candidate.submitAndWait(version("fx-sum-to"), "RUN",
                "def sum_to(n):\n    x = 1\n    return {}[n]\n");
        JsonNode error = result.path("tests").get(0).path("error");
        assertThat(result.path("verdict").asString()).isEqualTo("RUNTIME_ERROR");
        assertThat(error.path("type").asString()).isEqualTo("KeyError");
        assertThat(error.path("line").asInt()).isEqualTo(3);
    }

    @Test
    void classAndStdinChallengesAreGraded() {
        JsonNode counter = candidate.submitAndWait(version("fx-counter"), "SUBMIT", """
                class Counter:
                    def __init__(self, start):
                        self.v = start
                    def inc(self, by):
                        self.v += by
                        return self.v
                    def get(self):
                        return self.v
                """);
        assertThat(counter.path("verdict").asString()).isEqualTo("ACCEPTED");
        JsonNode lines = candidate.submitAndWait(version("fx-count-lines"), "SUBMIT", """
                import sys
                lines = sys.stdin.read().splitlines()
                print(len(lines))
                print(max(lines, key=len) if lines else "")
                """);
        assertThat(lines.path("verdict").asString()).isEqualTo("ACCEPTED");
        JsonNode wrong = candidate.submitAndWait(version("fx-count-lines"), "SUBMIT", "print(1)\n");
        assertThat(wrong.path("verdict").asString()).isEqualTo("WRONG_ANSWER");
    }

    @Test
    void oversizedCodeIsRefusedClearlyAndNothingIsStored() {
        String huge = "x = 1\n".repeat(20_000);
        var response = candidate.post(version("fx-sum-to"), "SUBMIT", huge, null).getResponse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(candidate.get("/api/questions/fx-sum-to/submissions").toString()).doesNotContain("x = 1");
    }

    @Test
    void aHugeRequestBodyIsRefusedBeforeItIsRead() throws Exception {
        var response = candidate.post(version("fx-sum-to"), "SUBMIT", "#".repeat(2_000_000), null).getResponse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("Nothing was submitted");
    }

    @Test
    void malformedCustomInputIsRefusedWithAnExample() throws Exception {
        var response = candidate.post(version("fx-sum-to"), "RUN", "def sum_to(n): return n", "not json").getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("JSON list of arguments");
    }

    @Test
    void someoneElsesSubmissionIsNotFound() {
        JsonNode mine = candidate.submitAndWait(version("fx-sum-to"), "RUN", "def sum_to(n): return 0\n");
        Candidate other = new Candidate(mvc, accounts.as(accounts.create(Role.CANDIDATE)));
        assertThat(other.get("/api/submissions/" + mine.path("id").asLong()).path("error").asString()).isEqualTo("No such submission");
    }
}
