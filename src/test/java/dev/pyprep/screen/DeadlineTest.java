package dev.pyprep.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.Role;
import dev.pyprep.question.Questions;
import dev.pyprep.screen.app.Invitations;
import dev.pyprep.screen.app.ScreenEditor;
import dev.pyprep.screen.app.Viewer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import testsupport.MutableClock;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

@PyPrepTest
class DeadlineTest {

    @Autowired MockMvcTester mvc;
    @Autowired TestAccounts accounts;
    @Autowired ScreenEditor editor;
    @Autowired Invitations invitations;
    @Autowired Questions questions;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAnswerSentAfterTheDeadlineIsRefusedWith409AndTheSavedOneStays() {
        ScreenSetup setup = new ScreenSetup(editor, invitations, questions);
        Viewer recruiter = new Viewer(accounts.id(accounts.create(Role.RECRUITER)), false);
        long screen = setup.published(recruiter, 30, "fx-gil", "fx-default-args");
        String token = ScreenSetup.token(setup.invite(recruiter, screen, "late@test.local").getFirst());

        assertThat(mvc.get().uri("/s/" + token)).hasStatusOk().bodyText().contains("30 minutes", "2 questions", "Start the screen");
        assertThat(mvc.post().uri("/s/" + token + "/start").with(csrf())).hasStatus3xxRedirection();
        long sq = jdbc.sql("select id from screen_questions where screen_id = ? order by position").param(screen)
                .query(Long.class).list().getFirst();

        assertThat(mvc.post().uri("/s/" + token + "/answers/" + sq).with(csrf()).param("answer", "It protects refcounts"))
                .hasStatusOk();
        clock.advance(Duration.ofMinutes(31));
        var late = mvc.post().uri("/s/" + token + "/answers/" + sq).with(csrf()).param("answer", "something new").exchange();

        assertThat(late).hasStatus(409).bodyJson().extractingPath("$.error").asString().contains("time for this screen is over");
        assertThat(jdbc.sql("select answer from screen_answers where screen_question_id = ?").param(sq).query(String.class).single())
                .isEqualTo("It protects refcounts");
        assertThat(mvc.post().uri("/s/" + token + "/finish").with(csrf())).hasStatus(409).bodyText().contains("time for this screen is over");
        assertThat(mvc.get().uri("/s/" + token + "/q/1")).hasStatus3xxRedirection().hasRedirectedUrl("/s/" + token);
        assertThat(mvc.get().uri("/s/" + token)).hasStatusOk().bodyText().contains("You have submitted this screen")
                .doesNotContain("Explain what CPython");
    }
}
