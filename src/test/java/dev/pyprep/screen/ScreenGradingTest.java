package dev.pyprep.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.Role;
import dev.pyprep.grading.Origin;
import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionRecord;
import dev.pyprep.grading.SubmissionService;
import dev.pyprep.grading.SubmissionStatus;
import dev.pyprep.question.Questions;
import dev.pyprep.question.store.TestImports;
import dev.pyprep.screen.app.AttemptCloser;
import dev.pyprep.screen.app.Invitations;
import dev.pyprep.screen.app.ScreenEditor;
import dev.pyprep.screen.app.Viewer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import testsupport.Environment;
import testsupport.MutableClock;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

@PyPrepTest
class ScreenGradingTest {

    static final String SOLUTION = "def shout(s):\n    return s.upper() + '!'\n";

    @Autowired MockMvcTester mvc;
    @Autowired TestAccounts accounts;
    @Autowired ScreenEditor editor;
    @Autowired Invitations invitations;
    @Autowired Questions questions;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired AttemptCloser closer;
    @Autowired SubmissionService submissions;
    @Autowired ApplicationContext context;

    @Value("${spring.datasource.url}") String dbUrl;
    @Value("${spring.datasource.username}") String dbUser;
    @Value("${spring.datasource.password}") String dbPassword;

    @TempDir
    Path bank;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Viewer recruiter() {
        return new Viewer(accounts.id(accounts.create(Role.RECRUITER)), false);
    }

    private long firstQuestion(long screen) {
        return jdbc.sql("select id from screen_questions where screen_id = ? order by position").param(screen)
                .query(Long.class).list().getFirst();
    }

    private void start(String token) {
        assertThat(mvc.post().uri("/s/" + token + "/start").with(csrf())).hasStatus3xxRedirection();
    }

    @Test
    void overdueAttemptsAreClosedAtStartUpAndGradedFromTheirLastSavedCode() {
        Environment.requireDocker();
        ScreenSetup setup = new ScreenSetup(editor, invitations, questions);
        Viewer recruiter = recruiter();
        long screen = setup.published(recruiter, 20, "fx-shout");
        String token = ScreenSetup.token(setup.invite(recruiter, screen, "overdue@test.local").getFirst());
        start(token);
        long sq = firstQuestion(screen);
        assertThat(mvc.post().uri("/s/" + token + "/answers/" + sq).with(csrf()).param("answer", SOLUTION)).hasStatusOk();

        clock.advance(Duration.ofMinutes(21)); // the server "was down" across the deadline: nothing closed it
        closer.atStartUp();                     // what runs on ApplicationReadyEvent

        long attempt = jdbc.sql("select id from screen_attempts where screen_id = ?").param(screen).query(Long.class).single();
        assertThat(jdbc.sql("select closed_by from screen_attempts where id = ?").param(attempt).query(String.class).single())
                .isEqualTo("DEADLINE");
        Long submission = jdbc.sql("select last_submission_id from screen_answers where attempt_id = ?").param(attempt)
                .query(Long.class).single();
        assertThat(submission).isNotNull();
        SubmissionRecord graded = submissions.await(submission, Duration.ofSeconds(60)).orElseThrow();
        assertThat(graded.status()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(graded.origin()).isEqualTo(Origin.SCREEN);
        assertThat(graded.purpose()).isEqualTo(Purpose.SUBMIT);
        assertThat(graded.code()).isEqualTo(SOLUTION);
        assertThat(awaitScore(attempt)).isEqualByComparingTo("10");
        assertThat(jdbc.sql("select status from screen_invites where screen_id = ?").param(screen).query(String.class).single())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void finishingWithSavedButNeverSubmittedCodeGradesTheSavedCode() {
        Environment.requireDocker();
        ScreenSetup setup = new ScreenSetup(editor, invitations, questions);
        Viewer recruiter = recruiter();
        long screen = setup.published(recruiter, 20, "fx-shout");
        String token = ScreenSetup.token(setup.invite(recruiter, screen, "finisher@test.local").getFirst());
        start(token);
        long sq = firstQuestion(screen);
        assertThat(mvc.post().uri("/s/" + token + "/answers/" + sq).with(csrf()).param("answer", SOLUTION)).hasStatusOk();
        assertThat(mvc.post().uri("/s/" + token + "/finish").with(csrf())).hasStatus3xxRedirection();

        long attempt = jdbc.sql("select id from screen_attempts where screen_id = ?").param(screen).query(Long.class).single();
        assertThat(jdbc.sql("select closed_by from screen_attempts where id = ?").param(attempt).query(String.class).single())
                .isEqualTo("CANDIDATE");
        assertThat(awaitScore(attempt)).isEqualByComparingTo("10");
    }

    private BigDecimal awaitScore(long attempt) {
        Instant end = Instant.now().plusSeconds(30);
        BigDecimal score = null;
        while (Instant.now().isBefore(end)) {
            score = jdbc.sql("select score from screen_attempts where id = ?").param(attempt).query(BigDecimal.class).single();
            if (score != null && score.signum() > 0) {
                return score;
            }
            try {
                Thread.sleep(200); // polling for the grading worker, not for time logic
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return score;
    }

    @Test
    void aPublishedScreenKeepsItsPinnedVersionAfterTheBankIsEdited() throws IOException {
        Files.copy(Path.of("src/test/resources/fixture-questions/topics.yaml"), bank.resolve("topics.yaml"));
        Path file = bank.resolve("pin-shout.yaml");
        Files.writeString(file, Files.readString(Path.of("src/test/resources/fixture-questions/fx-shout.yaml")));
        TestImports.importFolder(context, bank);
        long v1 = questions.current("pin-shout").orElseThrow().versionId();

        ScreenSetup setup = new ScreenSetup(editor, invitations, questions);
        Viewer recruiter = recruiter();
        long screen = setup.published(recruiter, 20, "pin-shout");
        String token = ScreenSetup.token(setup.invite(recruiter, screen, "pinned@test.local").getFirst());

        Files.writeString(file, Files.readString(file).replace("Shout it", "Shout it louder"));
        TestImports.importFolder(context, bank);
        long v2 = questions.current("pin-shout").orElseThrow().versionId();
        assertThat(v2).isNotEqualTo(v1);

        assertThat(jdbc.sql("select version_id from screen_questions where screen_id = ?").param(screen).query(Long.class).single())
                .isEqualTo(v1);
        start(token);
        assertThat(mvc.get().uri("/s/" + token + "/q/1")).hasStatusOk().bodyText().contains("Shout it").doesNotContain("Shout it louder");
        long sq = firstQuestion(screen);
        var run = mvc.post().uri("/s/" + token + "/questions/" + sq + "/run").with(csrf())
                .contentType("application/json").content("{\"code\": \"def shout(s):\\n    return s\\n\"}").exchange();
        assertThat(run).hasStatus(202);
        long id = jdbc.sql("select max(id) from submissions where origin = 'SCREEN'").query(Long.class).single();
        assertThat(submissions.find(id).orElseThrow().questionVersionId()).isEqualTo(v1);
    }

    @Test
    void oneInvitesLinkNeverOpensAnothersAttemptOrSubmissions() {
        ScreenSetup setup = new ScreenSetup(editor, invitations, questions);
        Viewer recruiter = recruiter();
        long screen = setup.published(recruiter, 20, "fx-shout", "fx-gil");
        var links = setup.invite(recruiter, screen, "first@test.local", "second@test.local");
        String first = ScreenSetup.token(links.get(0));
        String second = ScreenSetup.token(links.get(1));
        start(first);
        start(second);
        long sq = firstQuestion(screen);
        assertThat(mvc.post().uri("/s/" + second + "/answers/" + sq).with(csrf()).param("answer", "second's code")).hasStatusOk();
        assertThat(mvc.post().uri("/s/" + second + "/questions/" + sq + "/run").with(csrf()).contentType("application/json")
                .content("{\"code\": \"def shout(s):\\n    return s\\n\"}")).hasStatus(202);
        long secondsSubmission = jdbc.sql("select max(id) from submissions where origin = 'SCREEN'").query(Long.class).single();

        assertThat(mvc.get().uri("/s/" + first + "/submissions/" + secondsSubmission)).hasStatus(404);
        assertThat(mvc.get().uri("/s/" + second + "/submissions/" + secondsSubmission)).hasStatusOk();
        assertThat(mvc.get().uri("/s/" + first + "/q/1")).hasStatusOk().bodyText().doesNotContain("second&#39;s code", "second's code");
        List<String> answers = jdbc.sql("""
                        select a.answer from screen_answers a join screen_attempts t on t.id = a.attempt_id
                        join screen_invites i on i.id = t.invite_id where i.email = 'first@test.local'""")
                .query(String.class).list();
        assertThat(answers).isEmpty();
        // a made-up link, a malformed one: nothing
        assertThat(mvc.get().uri("/s/" + "A".repeat(43))).hasStatus(404);
        assertThat(mvc.get().uri("/s/not-a-token")).hasStatus(404);
        // a revoked link shows its state, not the questions, and refuses answers
        long secondInvite = links.get(1).inviteId();
        invitations.revoke(recruiter, secondInvite);
        assertThat(mvc.post().uri("/s/" + second + "/answers/" + sq).with(csrf()).param("answer", "more")).hasStatus(422);
        assertThat(mvc.get().uri("/s/" + second)).hasStatusOk().bodyText().contains("This invite has been withdrawn");
        assertThat(mvc.get().uri("/s/" + second + "/q/1")).hasStatus3xxRedirection();
    }

    @Test
    void aSavedAnswerIsCommittedBeforeTheResponseSoKillingTheServerLosesNothing() throws Exception {
        ScreenSetup setup = new ScreenSetup(editor, invitations, questions);
        Viewer recruiter = recruiter();
        long screen = setup.published(recruiter, 20, "fx-gil");
        String token = ScreenSetup.token(setup.invite(recruiter, screen, "durable@test.local").getFirst());
        start(token);
        long sq = firstQuestion(screen);

        assertThat(mvc.post().uri("/s/" + token + "/answers/" + sq).with(csrf()).param("answer", "durable answer 42")).hasStatusOk();

        // A fresh connection outside the application's pool and transactions: only committed data is visible here,
        // which is what a server restarted after kill -9 would find.
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
             PreparedStatement ps = c.prepareStatement("select answer from screen_answers where screen_question_id = ?")) {
            ps.setLong(1, sq);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("durable answer 42");
            }
        }
    }
}
