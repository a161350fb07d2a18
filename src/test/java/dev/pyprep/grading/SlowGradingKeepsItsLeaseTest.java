package dev.pyprep.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyprep.account.Role;
import dev.pyprep.question.Questions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import testsupport.Candidate;
import testsupport.Environment;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;
import tools.jackson.databind.JsonNode;

/** A grading that takes longer than the lease renews it: it is graded once, by the worker that started it. */
@PyPrepTest
@TestPropertySource(properties = {"pyprep.grading.lease=5s", "pyprep.grading.workers=2"})
class SlowGradingKeepsItsLeaseTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Questions questions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTwelveSecondGradingUnderAFiveSecondLeaseIsGradedOnce() {
        Environment.requireDocker();
        Candidate candidate = new Candidate(mvc, accounts.as(accounts.create(Role.CANDIDATE)));
        long version = questions.current("fx-slow-echo").orElseThrow().versionId();
        long started = System.nanoTime();
        JsonNode result = candidate.submitAndWait(version, "SUBMIT", "import time\ndef echo(x):\n    time.sleep(3)\n    return x\n");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofSeconds(12));
        assertThat(result.path("verdict").asString()).isEqualTo("ACCEPTED");
        long id = result.path("id").asLong();
        assertThat(jdbc.sql("select graded_count || '/' || attempts from submissions where id = ?").param(id)
                .query(String.class).single()).isEqualTo("1/1");
    }
}
