package dev.pyprep.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyprep.grading.Origin;
import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionGraded;
import dev.pyprep.grading.SubmissionService;
import dev.pyprep.grading.Verdict;
import dev.pyprep.question.Markdown;
import dev.pyprep.question.Questions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import dev.pyprep.system.PageFragments;
import org.thymeleaf.ITemplateEngine;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import testsupport.CleanDatabase;
import testsupport.Rows;

/**
 * The practice module on its own, reacting to grading's event: a graded practice submission becomes an attempt (and
 * so counts on the progress page); submissions made inside a screen, and RUNs, do not.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.STANDALONE)
@ActiveProfiles("test")
@Import({CleanDatabase.class, Rows.class, PracticeReactsToGradingTest.Rendering.class})
class PracticeReactsToGradingTest {

    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class Rendering {
        @Bean
        Markdown markdown() {
            return new Markdown();
        }

        @Bean
        PageFragments pageFragments(ITemplateEngine engine) {
            return new PageFragments(engine);
        }

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @MockitoBean
    Questions questions; // the bank is another module; the reaction under test never asks it anything
    @MockitoBean
    SubmissionService submissions; // grading's API: read only when a solution panel is shown, not under test here

    @Autowired
    Rows rows;
    @Autowired
    JdbcClient jdbc;

    private long attempts(long account) {
        return jdbc.sql("select count(*) from answer_attempts where account_id = ?").param(account).query(Long.class).single();
    }

    @Test
    void aGradedPracticeSubmissionCountsAsAnAttempt(Scenario scenario) {
        long me = rows.account();
        long[] question = rows.question("pe-sum", "CODING", "ENTRY", "Sum", "p");
        long submission = rows.queuedSubmission(me, question);

        scenario.publish(new SubmissionGraded(submission, me, question[0], question[1], Purpose.SUBMIT, Origin.PRACTICE, null,
                        Verdict.ACCEPTED, 100))
                .andWaitForStateChange(() -> attempts(me), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        assertThat(jdbc.sql("select correct from answer_attempts where submission_id = ?").param(submission)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void screenSubmissionsAndRunsAreNotPractice(Scenario scenario) {
        long me = rows.account();
        long[] question = rows.question("pe-screen", "CODING", "ENTRY", "Sum", "p");
        long inScreen = rows.queuedSubmission(me, question);
        long run = rows.queuedSubmission(me, question);
        long practised = rows.queuedSubmission(me, question);

        scenario.publish(new SubmissionGraded(inScreen, me, question[0], question[1], Purpose.SUBMIT, Origin.SCREEN, 42L,
                        Verdict.ACCEPTED, 100))
                .andWaitForStateChange(() -> true)
                .andVerify(ignored -> assertThat(attempts(me)).isZero());
        scenario.publish(new SubmissionGraded(run, me, question[0], question[1], Purpose.RUN, Origin.PRACTICE, null,
                        Verdict.WRONG_ANSWER, 0))
                .andWaitForStateChange(() -> true)
                .andVerify(ignored -> assertThat(attempts(me)).isZero());
        scenario.publish(new SubmissionGraded(practised, me, question[0], question[1], Purpose.SUBMIT, Origin.PRACTICE, null,
                        Verdict.WRONG_ANSWER, 40))
                .andWaitForStateChange(() -> attempts(me), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
    }

    private long scheduled(long account) {
        return jdbc.sql("select count(*) from review_schedule where account_id = ?").param(account).query(Long.class).single();
    }

    @Test
    void aRejectedPracticeSubmissionIsDueForReviewOneDayLaterAndScreenOnesAndInternalErrorsAreNot(Scenario scenario) {
        long me = rows.account();
        long[] question = rows.question("pe-review", "CODING", "ENTRY", "Sum", "p");
        long inScreen = rows.queuedSubmission(me, question);
        long broken = rows.queuedSubmission(me, question);
        long wrong = rows.queuedSubmission(me, question);

        scenario.publish(new SubmissionGraded(inScreen, me, question[0], question[1], Purpose.SUBMIT, Origin.SCREEN, 42L,
                        Verdict.WRONG_ANSWER, 0))
                .andWaitForStateChange(() -> true)
                .andVerify(ignored -> assertThat(scheduled(me)).isZero());
        scenario.publish(new SubmissionGraded(broken, me, question[0], question[1], Purpose.SUBMIT, Origin.PRACTICE, null,
                        Verdict.INTERNAL_ERROR, 0))
                .andWaitForStateChange(() -> attempts(me), n -> n > 0)
                .andVerify(n -> assertThat(scheduled(me)).isZero());
        scenario.publish(new SubmissionGraded(wrong, me, question[0], question[1], Purpose.SUBMIT, Origin.PRACTICE, null,
                        Verdict.WRONG_ANSWER, 40))
                .andWaitForStateChange(() -> scheduled(me), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));

        var row = jdbc.sql("select step, due_at, last_result from review_schedule where account_id = ?").param(me)
                .query((rs, i) -> new Object[]{rs.getInt("step"), rs.getTimestamp("due_at").toInstant(), rs.getString("last_result")})
                .single();
        assertThat(row).containsExactly(0, NOW.plus(Duration.ofDays(1)), "FAILED");
    }
}
