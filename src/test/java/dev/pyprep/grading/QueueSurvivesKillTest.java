package dev.pyprep.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyprep.PyPrepApplication;
import dev.pyprep.account.Role;
import dev.pyprep.question.Questions;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import testsupport.Containers;
import testsupport.Environment;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

/**
 * Kills a grading server (SIGKILL) while 200 submissions wait, starts a new one, and checks every submission ends
 * graded exactly once, none INTERNAL_ERROR (the new server must not remove the containers its own workers start), and
 * that no container is left once the dead server's are cleaned up. The servers are separate JVMs running the same
 * application in the grader role.
 */
@PyPrepTest
@TestPropertySource(properties = {"pyprep.grading.workers=0", "pyprep.grading.max-queued-per-user=500",
        "pyprep.grading.max-submissions-per-minute=1000"})
class QueueSurvivesKillTest {

    @Autowired
    SubmissionService service;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Questions questions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void killingTheGraderMidQueueLosesNothingAndGradesNothingTwice() throws Exception {
        Environment.requireDocker();
        long account = accounts.id(accounts.create(Role.CANDIDATE));
        long version = questions.current("fx-sum-to").orElseThrow().versionId();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String code = i % 5 == 0 ? "import time\ndef sum_to(n):\n    time.sleep(0.3)\n    return n * (n + 1) // 2\n"
                    : "def sum_to(n):\n    return n * (n + 1) // 2\n";
            ids.add(service.submit(NewSubmission.practice(account, version, Purpose.SUBMIT, code, null)).id());
        }

        Process first = startGrader("first");
        try {
            waitUntil(() -> graded(ids) >= 20, Duration.ofSeconds(120));
        } finally {
            first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, leases left behind
        }
        long gradedBeforeKill = graded(ids);
        assertThat(gradedBeforeKill).isLessThan(200);

        String deadNode = nodeOf("first");
        Process second = startGrader("second");
        try {
            waitUntil(() -> graded(ids) == 200, Duration.ofSeconds(400));
            // the dead server's containers are removed once its heartbeat is old (a few seconds with a 10 s lease)
            waitUntil(() -> Containers.list(deadNode).isEmpty(), Duration.ofSeconds(60));
        } finally {
            second.destroy(); // a clean stop: the second server removes its own warm containers
            second.waitFor();
        }
        List<Integer> gradedCounts = jdbc.sql("select graded_count from submissions where id in (:ids)").param("ids", ids)
                .query(Integer.class).list();
        assertThat(gradedCounts).hasSize(200).containsOnly(1);
        List<Long> resultRows = jdbc.sql("select count(*) from test_results where submission_id in (:ids) group by submission_id")
                .param("ids", ids).query(Long.class).list();
        assertThat(resultRows).hasSize(200).containsOnly(6L);
        assertThat(jdbc.sql("select count(*) from submissions where id in (:ids) and verdict = 'ACCEPTED'").param("ids", ids)
                .query(Long.class).single()).as("none INTERNAL_ERROR").isEqualTo(200);
        assertThat(Containers.sandboxContainers()).isEmpty();
    }

    private long graded(List<Long> ids) {
        return jdbc.sql("select count(*) from submissions where id in (:ids) and status = 'GRADED'").param("ids", ids)
                .query(Long.class).single();
    }

    private static String nodeOf(String name) throws IOException {
        var m = java.util.regex.Pattern.compile("This process is node (\\S+)")
                .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("target/grader-" + name + ".log")));
        if (!m.find()) {
            throw new AssertionError("the " + name + " grader did not log its node id");
        }
        return m.group(1);
    }

    private static Process startGrader(String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PyPrepApplication.class.getName(),
                "--spring.profiles.active=test", "--spring.main.web-application-type=none",
                "--pyprep.questions.import-on-start=false", "--pyprep.grading.workers=2", "--pyprep.grading.lease=10s")
                .redirectErrorStream(true)
                .redirectOutput(new File("target/grader-" + name + ".log"))
                .start();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not reached within " + limit);
            }
            Thread.sleep(100);
        }
    }
}
