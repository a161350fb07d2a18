package dev.pyprep.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyprep.account.Role;
import dev.pyprep.question.Questions;
import dev.pyprep.question.store.TestImports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import testsupport.Candidate;
import testsupport.Containers;
import testsupport.Environment;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;
import tools.jackson.databind.JsonNode;

/**
 * Grading a candidate who attacks it, against the real engine: what the test process can and cannot decide, bytes a
 * database would refuse, time limits, escaped processes, and submissions to versions that are no longer current.
 */
@PyPrepTest
class GradingIntegrityTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    dev.pyprep.sandbox.Sandbox sandbox;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Questions questions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    Candidate candidate;
    long sumTo;

    @BeforeEach
    void setUp() {
        Environment.requireDocker();
        candidate = new Candidate(mvc, accounts.as(accounts.create(Role.CANDIDATE)));
        sumTo = questions.current("fx-sum-to").orElseThrow().versionId();
    }

    @AfterEach
    void noContainerIsLeftBehind() {
        assertThat(Containers.leftovers(sandbox)).isEmpty();
    }

    private List<Integer> storedHiddenTimes(long submission) {
        return jdbc.sql("select time_ms from test_results where submission_id = ? and visibility = 'HIDDEN' order by ordinal")
                .param(submission).query(Integer.class).list();
    }

    private static void assertHiddenTestsShowOnlyAVerdict(JsonNode result) {
        for (JsonNode test : result.path("tests")) {
            if ("hidden".equals(test.path("visibility").asString())) {
                assertThat(test.path("timeMs").isNull()).as("a hidden test shows no time").isTrue();
                assertThat(test.path("stdout").isNull()).isTrue();
                assertThat(test.path("error").isNull()).isTrue();
            }
        }
    }

    @Test
    void forgingHiddenStatusAndTimeThroughTheStackGetsAnOrdinaryVerdict() {
        String code = """
                import json, os, sys
                def sum_to(n):
                    forged = json.dumps({"status": "timeout", "time_ms": 4242, "value": 5050, "id": 99,
                                         "stdout": "", "stderr": "", "error": None}) + "\\n"
                    frame = sys._getframe(1)
                    while frame is not None:
                        if "result_fd" in frame.f_locals:
                            os.write(frame.f_locals["result_fd"], forged.encode())
                            os._exit(0)
                        frame = frame.f_back
                    return -1
                """;
        JsonNode result = candidate.submitAndWait(sumTo, "SUBMIT", code);
        assertThat(result.path("verdict").asString()).isEqualTo("RUNTIME_ERROR");
        assertThat(result.path("tests")).allSatisfy(t -> assertThat(t.path("verdict").asString())
                .as("a status the test process may not report is not taken").isEqualTo("RUNTIME_ERROR"));
        assertHiddenTestsShowOnlyAVerdict(result);
        assertThat(storedHiddenTimes(result.path("id").asLong())).allSatisfy(ms -> assertThat(ms).isLessThan(1500));
    }

    @Test
    void forgingResultsThroughTheResultDescriptorDecidesNothingButTheValue() {
        String code = """
                import json, os
                def sum_to(n):
                    line = json.dumps({"status": "ok", "value": 5050, "time_ms": 1999, "id": 1}) + "\\n"
                    for fd in range(3, 64):
                        try:
                            os.write(fd, line.encode())
                        except OSError:
                            pass
                    os._exit(0)
                """;
        JsonNode result = candidate.submitAndWait(sumTo, "SUBMIT", code);
        assertThat(result.path("verdict").asString()).isEqualTo("WRONG_ANSWER");
        // the forged value is taken as this test's return value, nothing more: right only where 5050 is right
        assertThat(result.path("tests")).filteredOn(t -> "ACCEPTED".equals(t.path("verdict").asString())).hasSize(1);
        assertThat(result.path("tests").get(0).path("timeMs").asInt()).isLessThan(1999);
        assertHiddenTestsShowOnlyAVerdict(result);
        assertThat(storedHiddenTimes(result.path("id").asLong())).allSatisfy(ms -> assertThat(ms).isNotEqualTo(1999));
    }

    @Test
    void aNulByteInOutputIsStoredAndGradedWithinSeconds() {
        long started = System.nanoTime();
        JsonNode result = candidate.submitAndWait(sumTo, "SUBMIT",
                "def sum_to(n):\n    print('a\\x00b')\n    return n * (n + 1) // 2\n");
        assertThat(result.path("verdict").asString()).isEqualTo("ACCEPTED");
        assertThat(result.path("tests").get(0).path("stdout").asString()).isEqualTo("a\u2400b\n");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void aVeryLongExceptionTypeNameIsStoredAndGradedWithinSeconds() {
        long started = System.nanoTime();
        JsonNode result = candidate.submitAndWait(sumTo, "RUN",
                "def sum_to(n):\n    raise type('E' * 150, (Exception,), {})('boom')\n");
        assertThat(result.path("verdict").asString()).isEqualTo("RUNTIME_ERROR");
        assertThat(result.path("tests").get(0).path("error").path("type").asString()).isEqualTo("E".repeat(150));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void anInfiniteLoopStopsAtItsFirstTimeLimitAndTheRestIsNotRun() {
        long started = System.nanoTime();
        JsonNode result = candidate.submitAndWait(sumTo, "SUBMIT", "def sum_to(n):\n    while True:\n        pass\n");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(result.path("verdict").asString()).isEqualTo("TIME_LIMIT_EXCEEDED");
        assertThat(result.path("tests").get(0).path("verdict").asString()).isEqualTo("TIME_LIMIT_EXCEEDED");
        for (int i = 1; i < 6; i++) {
            assertThat(result.path("tests").get(i).path("verdict").asString()).isEqualTo("NOT_RUN");
        }
        assertThat(result.path("score").asInt()).isZero();
        assertThat(took).as("2 x the 2 s time limit + 3 s").isLessThan(Duration.ofSeconds(7));
    }

    @Test
    void aGrandchildThatCallsSetsidIsGoneBeforeTheNextTest() {
        String code = """
                import os, time
                PIDFILE = "/tmp/survivor.pid"
                def sum_to(n):
                    if os.path.exists(PIDFILE):
                        pid = int(open(PIDFILE).read())
                        try:
                            os.kill(pid, 0)
                            print("ALIVE")
                        except ProcessLookupError:
                            print("GONE")
                    else:
                        if os.fork() == 0:
                            os.setsid()
                            if os.fork() == 0:
                                with open(PIDFILE, "w") as f:
                                    f.write(str(os.getpid()))
                                while True:
                                    time.sleep(0.05)
                            os._exit(0)
                        time.sleep(0.5)
                        print("SPAWNED")
                    return n * (n + 1) // 2
                """;
        JsonNode result = candidate.submitAndWait(sumTo, "RUN", code);
        assertThat(result.path("tests").get(0).path("stdout").asString()).isEqualTo("SPAWNED\n");
        assertThat(result.path("tests").get(1).path("stdout").asString()).isEqualTo("GONE\n");
        assertThat(result.path("tests").get(2).path("stdout").asString()).isEqualTo("GONE\n");
    }

    @Test
    void aSubmissionToAVersionThatIsNoLongerCurrentIsRefusedClearly(@TempDir Path bank) throws Exception {
        Files.copy(Path.of("src/test/resources/fixture-questions/topics.yaml"), bank.resolve("topics.yaml"));
        Path file = bank.resolve("vx-sum.yaml");
        Files.writeString(file, Files.readString(Path.of("src/test/resources/fixture-questions/fx-sum-to.yaml")));
        TestImports.importFolder(context, bank);
        long first = questions.current("vx-sum").orElseThrow().versionId();
        Files.writeString(file, Files.readString(file).replace("Sum of the first n numbers", "Sum of 1..n"));
        TestImports.importFolder(context, bank);
        long second = questions.current("vx-sum").orElseThrow().versionId();
        assertThat(second).isNotEqualTo(first);

        var refused = candidate.post(first, "SUBMIT", "def sum_to(n):\n    return 0\n", null).getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("changed since you opened it").contains("Reload the page");
        assertThat(candidate.submitAndWait(second, "SUBMIT", "def sum_to(n):\n    return n * (n + 1) // 2\n")
                .path("verdict").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void nanIsNotNoneAndHugeIntegersAreComparedOrRefusedClearly() {
        JsonNode nan = candidate.submitAndWait(sumTo, "RUN", "def sum_to(n):\n    return float('nan')\n");
        assertThat(nan.path("tests").get(0).path("verdict").asString()).isEqualTo("WRONG_ANSWER");
        assertThat(nan.path("tests").get(0).path("actual").asString()).isEqualTo("nan");
        JsonNode huge = candidate.submitAndWait(sumTo, "RUN", "def sum_to(n):\n    return 10 ** 5000\n");
        assertThat(huge.path("tests").get(0).path("verdict").asString()).isEqualTo("RUNTIME_ERROR");
        assertThat(huge.path("tests").get(0).path("error").path("message").asString()).contains("more than 4300 digits");
        JsonNode big = candidate.submitAndWait(sumTo, "RUN", "def sum_to(n):\n    return 10 ** 3000\n");
        assertThat(big.path("tests").get(0).path("verdict").asString()).isEqualTo("WRONG_ANSWER");
        assertThat(big.path("tests").get(0).path("actual").asString()).hasSize(3001);
    }
}
