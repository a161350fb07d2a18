package dev.pyprep.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.Role;
import dev.pyprep.grading.SubmissionService;
import dev.pyprep.grading.SubmissionStatus;
import dev.pyprep.question.Questions;
import dev.pyprep.question.store.TestImports;
import dev.pyprep.screen.app.Invitations;
import dev.pyprep.screen.app.ScreenEditor;
import dev.pyprep.screen.app.Viewer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import testsupport.Environment;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

@PyPrepTest
class ScreenOnlyAndPracticeTest {

    @Autowired MockMvcTester mvc;
    @Autowired TestAccounts accounts;
    @Autowired ScreenEditor editor;
    @Autowired Invitations invitations;
    @Autowired Questions questions;
    @Autowired JdbcClient jdbc;
    @Autowired SubmissionService submissions;
    @Autowired ApplicationContext context;

    @TempDir
    Path bank;

    @Test
    void screenOnlyQuestionsAreInvisibleEverywhereInPracticeButUsableInAScreen() throws IOException {
        Files.copy(Path.of("src/test/resources/fixture-questions/topics.yaml"), bank.resolve("topics.yaml"));
        Files.writeString(bank.resolve("so-zebra.yaml"), "screen_only: true\n" + Files.readString(
                Path.of("src/test/resources/fixture-questions/fx-default-args.yaml"))
                .replace("When are default arguments evaluated?", "Zebra screen-only question"));
        TestImports.importFolder(context, bank);
        long versionId = questions.current("so-zebra").orElseThrow().versionId();
        String candidate = accounts.create(Role.CANDIDATE);
        RequestPostProcessor me = accounts.as(candidate);

        assertThat(mvc.get().uri("/questions").with(me)).hasStatusOk().bodyText().doesNotContain("Zebra");
        assertThat(mvc.get().uri("/questions?q=Zebra").with(me)).hasStatusOk().bodyText().doesNotContain("Zebra screen-only");
        assertThat(mvc.get().uri("/questions?kind=multiple_choice").with(me)).hasStatusOk().bodyText().doesNotContain("Zebra");
        assertThat(mvc.get().uri("/questions/so-zebra").with(me)).hasStatus(404);
        mvc.post().uri("/questions/so-zebra/answer").with(me).with(csrf()).param("versionId", String.valueOf(versionId))
                .param("answer", "0").exchange();
        assertThat(jdbc.sql("select count(*) from answer_attempts where question_version_id = ?").param(versionId)
                .query(Long.class).single()).isZero();
        assertThat(mvc.get().uri("/progress").with(me)).hasStatusOk().bodyText().doesNotContain("Zebra");

        // a recruiter still finds it in the picker and can screen with it
        RequestPostProcessor recruiter = accounts.as(accounts.create(Role.RECRUITER));
        var created = mvc.post().uri("/recruiter/screens").with(recruiter).with(csrf()).param("title", "With a secret")
                .param("timeLimitMinutes", "10").param("passMark", "50").exchange();
        String screen = created.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(screen + "?q=Zebra").with(recruiter)).hasStatusOk().bodyText()
                .contains("Zebra screen-only question", "screen only");
    }

    @Test
    void screenSubmissionsOfASignedInCandidateAreNotCountedAsPractice() {
        Environment.requireDocker();
        ScreenSetup setup = new ScreenSetup(editor, invitations, questions);
        Viewer recruiter = new Viewer(accounts.id(accounts.create(Role.RECRUITER)), false);
        long screen = setup.published(recruiter, 20, "fx-shout");
        String token = ScreenSetup.token(setup.invite(recruiter, screen, "signed-in@test.local").getFirst());
        String candidate = accounts.create(Role.CANDIDATE);
        RequestPostProcessor me = accounts.as(candidate);

        assertThat(mvc.post().uri("/s/" + token + "/start").with(me).with(csrf())).hasStatus3xxRedirection();
        long sq = jdbc.sql("select id from screen_questions where screen_id = ?").param(screen).query(Long.class).single();
        var submitted = mvc.post().uri("/s/" + token + "/questions/" + sq + "/submit").with(me).with(csrf())
                .contentType("application/json").content("{\"code\": \"def shout(s):\\n    return s.upper() + '!'\\n\"}").exchange();
        assertThat(submitted).hasStatus(202);
        long id = jdbc.sql("select max(id) from submissions where origin = 'SCREEN' and account_id = ?")
                .param(accounts.id(candidate)).query(Long.class).single();
        assertThat(submissions.await(id, Duration.ofSeconds(60)).orElseThrow().status()).isEqualTo(SubmissionStatus.GRADED);

        // the candidate sees verdicts of hidden tests, never their names or inputs
        assertThat(mvc.get().uri("/s/" + token + "/submissions/" + id)).hasStatusOk().bodyText()
                .contains("\"hidden\"").doesNotContain("zq-secret-input-7731", "hidden-name-marker-qx5521", "wq-hidden-9146");
        // the attempt is tied to the account, and practice did not count the submission
        assertThat(jdbc.sql("select account_id from screen_attempts where screen_id = ?").param(screen).query(Long.class).single())
                .isEqualTo(accounts.id(candidate));
        assertThat(jdbc.sql("select count(*) from answer_attempts where account_id = ?").param(accounts.id(candidate))
                .query(Long.class).single()).isZero();
        assertThat(mvc.get().uri("/progress").with(me)).hasStatusOk().bodyText().contains("You have tried 0 of");
    }
}
