package dev.pyprep.admin.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.Role;
import dev.pyprep.admin.bank.ValidationJobs;
import dev.pyprep.grading.SubmissionStatistics;
import dev.pyprep.grading.Verdict;
import dev.pyprep.question.CodingTask;
import dev.pyprep.question.QuestionAuthoring;
import dev.pyprep.question.QuestionRef;
import dev.pyprep.question.Questions;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import testsupport.Environment;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

/** The analytics figures against a seeded set of graded submissions whose figures are worked out by hand below. */
@PyPrepTest
class QuestionAnalyticsTest {

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    static String challenge(String title, String reference) {
        return """
                title: %s
                kind: coding
                level: entry
                topics: [basics]
                prompt: Return n + 1.
                mode: function
                entry_point: inc
                starter: |
                  def inc(n):
                      ...
                solution: |
                  def inc(n):
                      return %s
                tests:
                  - {name: one, sample: true, args: [1], expected: 2}
                  - {name: hidden-small, args: [2], expected: 3}
                  - {name: hidden-big, args: [100], expected: 101}
                """.formatted(title, reference);
    }

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    QuestionAuthoring authoring;
    @Autowired
    Questions questions;
    @Autowired
    SubmissionStatistics statistics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Revalidation revalidation;
    @Autowired
    ValidationJobs jobs;

    @Test
    void theFiguresMatchSeededSubmissionsWorkedOutByHand() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        QuestionRef main = publish("an-main-" + tag, "Analytics main " + tag, "n + 1");
        QuestionRef unsolved = publish("an-unsolved-" + tag, "Analytics unsolved " + tag, "n + 1");
        QuestionRef easy = publish("an-easy-" + tag, "Analytics easy " + tag, "n + 1");
        long a = account(), b = account(), c = account(), d = account();
        // main: a tries (RUN), fails, then solves 5 min after their first submission;
        //       b errs, then solves 10 min later; c fails twice; d solves at once (0 min)
        submit(a, main, "RUN", Verdict.ACCEPTED, 0, List.of());
        submit(a, main, "SUBMIT", Verdict.WRONG_ANSWER, 1, List.of(Verdict.WRONG_ANSWER, Verdict.ACCEPTED));
        submit(a, main, "SUBMIT", Verdict.ACCEPTED, 5, List.of(Verdict.ACCEPTED, Verdict.ACCEPTED));
        submit(b, main, "SUBMIT", Verdict.RUNTIME_ERROR, 0, List.of(Verdict.RUNTIME_ERROR, Verdict.RUNTIME_ERROR));
        submit(b, main, "SUBMIT", Verdict.ACCEPTED, 10, List.of(Verdict.ACCEPTED, Verdict.ACCEPTED));
        submit(c, main, "SUBMIT", Verdict.WRONG_ANSWER, 0, List.of(Verdict.WRONG_ANSWER, Verdict.WRONG_ANSWER));
        submit(c, main, "SUBMIT", Verdict.TIME_LIMIT_EXCEEDED, 1, List.of(Verdict.TIME_LIMIT_EXCEEDED, Verdict.NOT_RUN));
        submit(d, main, "SUBMIT", Verdict.ACCEPTED, 0, List.of(Verdict.ACCEPTED, Verdict.ACCEPTED));
        // unsolved: one wrong attempt; easy: three candidates, each accepted at once
        submit(a, unsolved, "SUBMIT", Verdict.WRONG_ANSWER, 0, List.of(Verdict.WRONG_ANSWER, Verdict.ACCEPTED));
        submit(a, easy, "SUBMIT", Verdict.ACCEPTED, 0, List.of(Verdict.ACCEPTED, Verdict.ACCEPTED));
        submit(b, easy, "SUBMIT", Verdict.ACCEPTED, 0, List.of(Verdict.ACCEPTED, Verdict.ACCEPTED));
        submit(c, easy, "SUBMIT", Verdict.ACCEPTED, 0, List.of(Verdict.ACCEPTED, Verdict.ACCEPTED));
        submit(c, easy, "SUBMIT", Verdict.WRONG_ANSWER, 3, List.of(Verdict.WRONG_ANSWER, Verdict.ACCEPTED));

        SubmissionStatistics.QuestionStatistics figures = statistics.question(main.questionId());
        // 7 graded SUBMITs (the RUN is not an attempt) by 4 candidates, 3 accepted
        assertThat(figures.attempts()).isEqualTo(7);
        assertThat(figures.candidates()).isEqualTo(4);
        assertThat(figures.accepted()).isEqualTo(3);
        assertThat(figures.acceptanceRate()).isEqualTo(3.0 / 7);
        // times to first ACCEPTED: a 5 min (from the RUN), b 10 min, d 0 min -> median 5 min
        assertThat(figures.medianTimeToFirstAccepted()).isEqualTo(Duration.ofMinutes(5));
        assertThat(figures.verdicts()).isEqualTo(Map.of(Verdict.ACCEPTED, 3L, Verdict.WRONG_ANSWER, 2L,
                Verdict.RUNTIME_ERROR, 1L, Verdict.TIME_LIMIT_EXCEEDED, 1L));
        // hidden-small failed by a(WA), b(RE), c(WA), c(TLE) = 4 of 7; hidden-big by b(RE), c(WA), c(NOT_RUN) = 3 of 7
        assertThat(figures.hiddenTests()).extracting(SubmissionStatistics.HiddenTest::ordinal,
                SubmissionStatistics.HiddenTest::runs, SubmissionStatistics.HiddenTest::failures)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 7L, 4L), org.assertj.core.groups.Tuple.tuple(3, 7L, 3L));

        var overview = statistics.overview(3);
        assertThat(overview).filteredOn(o -> o.questionId() == unsolved.questionId()).singleElement()
                .satisfies(o -> assertThat(o.neverSolved()).isTrue());
        assertThat(overview).filteredOn(o -> o.questionId() == easy.questionId()).singleElement()
                .satisfies(o -> assertThat(o.everyoneFirstTry()).isTrue());
        assertThat(overview).filteredOn(o -> o.questionId() == main.questionId()).singleElement()
                .satisfies(o -> assertThat(o.everyoneFirstTry() || o.neverSolved()).isFalse());

        var admin = accounts.as(accounts.create(Role.ADMIN));
        assertThat(mvc.get().uri("/admin/analytics/an-main-" + tag).with(admin)).hasStatusOk().bodyText()
                .contains("42.9%", "5.0", "hidden-small", "57%", "hidden-big", "43%", "TIME_LIMIT_EXCEEDED");
        assertThat(mvc.get().uri("/admin/analytics").with(admin)).hasStatusOk().bodyText()
                .contains("Analytics unsolved " + tag, "Analytics easy " + tag);
        assertThat(mvc.get().uri("/admin/analytics/no-such-question").with(admin)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void reValidationOnDemandFlagsAPublishedQuestionWhoseReferenceNoLongerPasses() {
        Environment.requireDocker();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        publish("an-broken-" + tag, "Broken reference " + tag, "n + 2"); // published as if it had passed
        var admin = accounts.as(accounts.create(Role.ADMIN));
        assertThat(mvc.post().uri("/admin/analytics/revalidate").with(admin).with(csrf())).hasStatus(HttpStatus.FOUND);

        Instant end = Instant.now().plus(Duration.ofMinutes(4));
        while (jobs.waiting() > 0 && Instant.now().isBefore(end)) {
            sleep();
        }
        assertThat(jobs.failedRevalidations()).extracting(ValidationJobs.Job::slug).contains("an-broken-" + tag)
                .doesNotContain("fx-shout", "fx-sum-to");
        assertThat(mvc.get().uri("/admin/analytics").with(admin)).bodyText().contains("an-broken-" + tag, "reference solution");
    }

    @Test
    void aChangedSandboxImageQueuesAReValidationOfEveryPublishedQuestionOnce() {
        String image = "sha256:test-" + UUID.randomUUID();
        dev.pyprep.sandbox.Sandbox fake = new dev.pyprep.sandbox.Sandbox() {
            public dev.pyprep.sandbox.SandboxResult run(dev.pyprep.sandbox.SandboxRequest request) {
                throw new AssertionError();
            }

            public boolean available() {
                return true;
            }

            public List<dev.pyprep.sandbox.SandboxContainer> containers() {
                return List.of();
            }

            public void remove(String containerId) {
            }

            @Override
            public String imageId() {
                return image;
            }
        };
        var grading = new dev.pyprep.grading.GradingSettings(2, Duration.ofSeconds(60), Duration.ofMillis(500),
                org.springframework.util.unit.DataSize.ofKilobytes(64), 5, 3, org.springframework.util.unit.DataSize.ofKilobytes(4), 30);
        Revalidation watcher = new Revalidation(authoring, jobs, fake, grading);
        // the last re-validation ran in an older image
        jdbc.sql("""
                insert into validation_jobs (purpose, slug, yaml, yaml_hash, sandbox_image, status, ok, created_at)
                values ('REVALIDATION', 'fx-shout-earlier', 'x', 'x', 'sha256:older', 'DONE', true, now())""").update();

        watcher.checkImage();
        long queued = jdbc.sql("select count(*) from validation_jobs where sandbox_image = :i").param("i", image).query(Long.class).single();
        assertThat(queued).isPositive();
        assertThat(jdbc.sql("select count(*) from validation_jobs where sandbox_image = :i and slug = 'fx-shout'").param("i", image)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from validation_jobs where sandbox_image = :i and slug = 'fx-gil'").param("i", image)
                .query(Long.class).single()).isZero(); // a concept question runs no code

        watcher.checkImage();
        assertThat(jdbc.sql("select count(*) from validation_jobs where sandbox_image = :i").param("i", image).query(Long.class).single())
                .isEqualTo(queued);
        Instant end = Instant.now().plus(Duration.ofMinutes(4));
        while (jobs.waiting() > 0 && Instant.now().isBefore(end)) {
            sleep();
        }
    }

    private QuestionRef publish(String slug, String title, String reference) {
        String yaml = challenge(title, reference);
        authoring.saveDraft(slug, yaml, 1);
        authoring.recordValidation(slug, QuestionAuthoring.hashOf(yaml), true, "seeded");
        return authoring.publish(slug);
    }

    private long account() {
        return accounts.id(accounts.create(Role.CANDIDATE));
    }

    private void submit(long account, QuestionRef q, String purpose, Verdict verdict, int minute, List<Verdict> hidden) {
        Timestamp at = Timestamp.from(T0.plus(Duration.ofMinutes(minute)));
        long id = jdbc.sql("""
                        insert into submissions (account_id, question_id, question_version_id, purpose, code, status, verdict,
                                                 score, created_at, graded_at, origin)
                        values (:a, :q, :v, :p, 'code', 'GRADED', :verdict, 0, :at, :at, 'PRACTICE') returning id""")
                .param("a", account).param("q", q.questionId()).param("v", q.versionId()).param("p", purpose)
                .param("verdict", verdict.name()).param("at", at).query(Long.class).single();
        CodingTask task = questions.codingTask(q.versionId()).orElseThrow();
        List<CodingTask.Test> hiddenTests = task.tests().stream().filter(t -> t.visibility().name().equals("HIDDEN")).toList();
        for (int i = 0; i < hidden.size(); i++) {
            CodingTask.Test t = hiddenTests.get(i);
            jdbc.sql("""
                            insert into test_results (submission_id, test_case_id, ordinal, visibility, verdict, time_ms)
                            values (:s, :t, :o, 'HIDDEN', :v, 1)""")
                    .param("s", id).param("t", t.id()).param("o", t.ordinal()).param("v", hidden.get(i).name()).update();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
