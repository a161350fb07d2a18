package dev.pyprep.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyprep.PyPrepApplication;
import dev.pyprep.account.Role;
import dev.pyprep.question.Questions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import testsupport.Candidate;
import testsupport.Environment;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;
import tools.jackson.databind.JsonNode;

/** With the engine unreachable a submission waits in the queue (not an error); a grader with an engine grades it later. */
@PyPrepTest
@TestPropertySource(properties = {"pyprep.sandbox.docker-host=unix:///tmp/pyprep-no-docker-here.sock", "pyprep.grading.workers=1"})
class DockerDownTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Questions questions;

    @Test
    void aSubmissionWaitsWhileDockerIsDownAndIsGradedWhenAGraderCanRunIt() throws Exception {
        Candidate candidate = new Candidate(mvc, accounts.as(accounts.create(Role.CANDIDATE)));
        long version = questions.current("fx-sum-to").orElseThrow().versionId();
        var posted = candidate.post(version, "SUBMIT", "def sum_to(n):\n    return n * (n + 1) // 2\n", null).getResponse();
        assertThat(posted.getStatus()).isEqualTo(202);
        long id = candidate.get("/api/questions/fx-sum-to/submissions").get(0).path("id").asLong();

        Thread.sleep(3000);
        JsonNode waiting = candidate.get("/api/submissions/" + id);
        assertThat(waiting.path("status").asString()).isEqualTo("QUEUED");
        assertThat(waiting.has("queuePosition")).isTrue();
        assertThat(candidate.page("/questions/fx-sum-to")).contains("Sum of the first n numbers");

        Environment.requireDocker();
        try (var grader = new SpringApplicationBuilder(PyPrepApplication.class)
                .web(WebApplicationType.NONE).profiles("test")
                .properties("pyprep.questions.import-on-start=false", "pyprep.grading.workers=1",
                        "pyprep.sandbox.docker-host=unix:///var/run/docker.sock")
                .run()) {
            JsonNode graded = candidate.waitFor(id, Duration.ofSeconds(60));
            assertThat(graded.path("verdict").asString()).isEqualTo("ACCEPTED");
        }
    }
}
