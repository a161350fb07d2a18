package dev.pyprep.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.Role;
import dev.pyprep.grading.NewSubmission;
import dev.pyprep.grading.Origin;
import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionService;
import dev.pyprep.grading.SubmissionStatus;
import dev.pyprep.grading.Verdict;
import dev.pyprep.question.Questions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import testsupport.Candidate;
import testsupport.Environment;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

/**
 * A challenge's editorial and reference solution reach a candidate only after an accepted practice submission or a
 * recorded "show solution", and never for screen-only questions or through screen submissions.
 */
@PyPrepTest
class EditorialsInPracticeTest {

    private static final String SUM_EDITORIAL = "sum-editorial-marker-8832";
    private static final String SUM_REFERENCE = "return n * (n + 1) // 2";
    private static final String SHOUT_EDITORIAL = "shout-editorial-marker-4417";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Questions questions;
    @Autowired
    SubmissionService submissions;
    @Autowired
    JdbcClient jdbc;

    private String body(RequestPostProcessor who, String uri) throws Exception {
        return mvc.get().uri(uri).with(who).exchange().getResponse().getContentAsString();
    }

    /** Grading's event becomes a practice attempt just after the verdict is visible: poll the page briefly. */
    private String eventually(RequestPostProcessor who, String uri, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String page = body(who, uri);
        while (!page.contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            page = body(who, uri);
        }
        return page;
    }

    private long version(String slug) {
        return questions.current(slug).orElseThrow().versionId();
    }

    @Test
    void theEditorialAndReferenceSolutionAreInNoPageOrApiBeforeTheyAreEarned() throws Exception {
        String email = accounts.create(Role.CANDIDATE);
        var me = accounts.as(email);

        for (String uri : new String[]{"/questions/fx-sum-to", "/questions/fx-sum-to/solution",
                "/questions/fx-sum-to/solution?panel=true", "/api/questions/fx-sum-to/submissions", "/progress", "/questions"}) {
            assertThat(body(me, uri)).as(uri).doesNotContain(SUM_EDITORIAL).doesNotContain(SUM_REFERENCE);
        }
        assertThat(body(me, "/questions/fx-sum-to/solution?panel=true"))
                .contains("data-unlock=\"LOCKED\"", "Show solution", "counts this question as not mastered")
                .doesNotContain("<html");
        assertThat(body(me, "/questions/fx-sum-to")).contains("id=\"solution\"", "/questions/fx-sum-to/solution?panel=true");
    }

    @Test
    void showSolutionIsRecordedOnceCountsAsNotMasteredAndSchedulesAReview() throws Exception {
        String email = accounts.create(Role.CANDIDATE);
        var me = accounts.as(email);

        assertThat(mvc.post().uri("/questions/fx-sum-to/solution").with(me)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(body(me, "/questions/fx-sum-to/solution")).doesNotContain(SUM_EDITORIAL);

        assertThat(mvc.post().uri("/questions/fx-sum-to/solution").with(me).with(csrf())).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().isEqualTo("/questions/fx-sum-to/solution");
        assertThat(mvc.post().uri("/questions/fx-sum-to/solution").with(me).with(csrf())).hasStatus(HttpStatus.FOUND);

        assertThat(body(me, "/questions/fx-sum-to/solution?panel=true"))
                .contains("data-unlock=\"REVEALED\"", SUM_EDITORIAL, SUM_REFERENCE, "<strong>Approach.</strong>", "id=\"revealed-note\"");
        assertThat(jdbc.sql("select count(*) from answer_attempts where account_id = ? and revealed").param(accounts.id(email))
                .query(Long.class).single()).isEqualTo(1);
        String progress = body(me, "/progress");
        assertThat(progress).contains("You have tried 1 of", "and mastered 0.");
        assertThat(progress.substring(progress.indexOf("id=\"upcoming\""))).contains("Sum of the first n numbers", "Solution shown");
    }

    @Test
    void screenOnlyChallengesAndOtherKindsHaveNoSolutionHere() throws Exception {
        var me = accounts.as(accounts.create(Role.CANDIDATE));

        assertThat(mvc.get().uri("/questions/fx-screen-triple/solution?panel=true").with(me)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/questions/fx-screen-triple/solution").with(me).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/questions/fx-gil/solution").with(me)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/questions/no-such-question/solution").with(me).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(body(me, "/questions/fx-screen-triple/solution")).doesNotContain("screen-editorial-marker-5150");
    }

    @Test
    void anAcceptedPracticeSubmissionUnlocksTheEditorialAndAWrongOneDoesNot() throws Exception {
        Environment.requireDocker();
        var me = accounts.as(accounts.create(Role.CANDIDATE));
        Candidate candidate = new Candidate(mvc, me);

        assertThat(candidate.submitAndWait(version("fx-shout"), "SUBMIT", "def shout(s):\n    return s.upper()\n")
                .path("verdict").asString()).isEqualTo("WRONG_ANSWER");
        assertThat(body(me, "/questions/fx-shout/solution?panel=true")).contains("data-unlock=\"LOCKED\"").doesNotContain(SHOUT_EDITORIAL);

        assertThat(candidate.submitAndWait(version("fx-shout"), "SUBMIT", "def shout(s):\n    return s.upper() + '!'\n")
                .path("verdict").asString()).isEqualTo("ACCEPTED");
        assertThat(body(me, "/questions/fx-shout/solution?panel=true"))
                .contains("data-unlock=\"SOLVED\"", SHOUT_EDITORIAL, "return s.upper() + &quot;!&quot;");
    }

    @Test
    void anAcceptedScreenSubmissionUnlocksNothingInPractice() throws Exception {
        Environment.requireDocker();
        String email = accounts.create(Role.CANDIDATE);
        var me = accounts.as(email);

        long id = submissions.submit(new NewSubmission(accounts.id(email), version("fx-shout"), Purpose.SUBMIT,
                "def shout(s):\n    return s.upper() + '!'\n", null, Origin.SCREEN, 4242L)).id();
        var graded = submissions.await(id, Duration.ofSeconds(15)).orElseThrow();
        for (int i = 0; i < 6 && graded.status() != SubmissionStatus.GRADED; i++) {
            graded = submissions.await(id, Duration.ofSeconds(15)).orElseThrow();
        }
        assertThat(graded.status()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(graded.verdict()).isEqualTo(Verdict.ACCEPTED);

        assertThat(body(me, "/questions/fx-shout/solution?panel=true")).contains("data-unlock=\"LOCKED\"").doesNotContain(SHOUT_EDITORIAL);
        assertThat(body(me, "/progress")).contains("You have tried 0 of");
    }

    @Test
    void aRevealedChallengeCountsAsMasteredAgainOnlyOnceSolvedAfterTheReveal() throws Exception {
        Environment.requireDocker();
        var me = accounts.as(accounts.create(Role.CANDIDATE));
        Candidate candidate = new Candidate(mvc, me);
        assertThat(candidate.submitAndWait(version("fx-shout"), "SUBMIT", "def shout(s):\n    return s.upper() + '!'\n")
                .path("verdict").asString()).isEqualTo("ACCEPTED");
        assertThat(eventually(me, "/progress", "and mastered 1.")).contains("and mastered 1.");

        // Already solved: "show solution" changes nothing (the panel no longer offers it).
        assertThat(mvc.post().uri("/questions/fx-shout/solution").with(me).with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(body(me, "/progress")).contains("and mastered 1.", "id=\"upcoming-empty\"");

        assertThat(mvc.post().uri("/questions/fx-sum-to/solution").with(me).with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(body(me, "/progress")).contains("You have tried 2 of", "and mastered 1.", "Solution shown");
        assertThat(candidate.submitAndWait(version("fx-sum-to"), "SUBMIT", "def sum_to(n):\n    return n * (n + 1) // 2\n")
                .path("verdict").asString()).isEqualTo("ACCEPTED");
        String progress = eventually(me, "/progress", "and mastered 2.");
        assertThat(progress).contains("and mastered 2.");
        assertThat(progress.substring(progress.indexOf("id=\"upcoming\""))).contains("Sum of the first n numbers", "Solved",
                "step 1 of 4");
        assertThat(body(me, "/questions/fx-sum-to/solution?panel=true")).contains("data-unlock=\"SOLVED\"", SUM_EDITORIAL);
    }
}
