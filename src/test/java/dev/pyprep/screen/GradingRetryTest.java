package dev.pyprep.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.Role;
import dev.pyprep.question.Questions;
import dev.pyprep.screen.app.AttemptCloser;
import dev.pyprep.screen.app.Invitations;
import dev.pyprep.screen.app.ScreenEditor;
import dev.pyprep.screen.app.Viewer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import testsupport.Environment;
import testsupport.MutableClock;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

@PyPrepTest
@TestPropertySource(properties = "pyprep.grading.max-queued-per-user=1")
class GradingRetryTest {

    @Autowired MockMvcTester mvc;
    @Autowired TestAccounts accounts;
    @Autowired ScreenEditor editor;
    @Autowired Invitations invitations;
    @Autowired Questions questions;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired AttemptCloser closer;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void savedCodeThatGradingRefusedToQueueAtTheDeadlineIsGradedOnALaterCloserRun() throws InterruptedException {
        Environment.requireDocker();
        ScreenSetup setup = new ScreenSetup(editor, invitations, questions);
        Viewer recruiter = new Viewer(accounts.id(accounts.create(Role.RECRUITER)), false);
        long screen = setup.published(recruiter, 20, "fx-shout", "fx-sum-to");
        String token = ScreenSetup.token(setup.invite(recruiter, screen, "retry@test.local").getFirst());
        assertThat(mvc.post().uri("/s/" + token + "/start").with(csrf())).hasStatus3xxRedirection();
        List<Long> sqs = jdbc.sql("select id from screen_questions where screen_id = ? order by position").param(screen)
                .query(Long.class).list();
        mvc.post().uri("/s/" + token + "/answers/" + sqs.get(0)).with(csrf()).param("answer", "def shout(s):\n    return s.upper() + '!'\n").exchange();
        mvc.post().uri("/s/" + token + "/answers/" + sqs.get(1)).with(csrf()).param("answer", "def sum_to(n):\n    return n * (n + 1) // 2\n").exchange();

        clock.advance(Duration.ofMinutes(21));
        closer.closeOverdue(); // one is queued, the other refused (one waiting at a time) and kept for later
        assertThat(jdbc.sql("select count(*) from screen_answers where grade_pending").query(Long.class).single()).isEqualTo(1);

        long attempt = jdbc.sql("select id from screen_attempts where screen_id = ?").param(screen).query(Long.class).single();
        Instant end = Instant.now().plusSeconds(120);
        BigDecimal score = BigDecimal.ZERO;
        while (Instant.now().isBefore(end) && score.compareTo(BigDecimal.valueOf(20)) < 0) {
            Thread.sleep(500); // waiting for the grading workers, not for time logic
            closer.closeOverdue();
            score = jdbc.sql("select coalesce(score, 0) from screen_attempts where id = ?").param(attempt).query(BigDecimal.class).single();
        }
        assertThat(score).isEqualByComparingTo("20");
        assertThat(jdbc.sql("select count(*) from screen_answers where grade_pending").query(Long.class).single()).isZero();
    }
}
