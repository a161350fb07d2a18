package dev.pyprep.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.Role;
import dev.pyprep.question.Questions;
import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import testsupport.MutableClock;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

/** The progress page's review schedule (due today, the 14-day calendar) and its 30-day chart, as the clock moves. */
@PyPrepTest
class ReviewScheduleProgressTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Questions questions;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private RequestPostProcessor candidate() {
        return accounts.as(accounts.create(Role.CANDIDATE));
    }

    private String answer(RequestPostProcessor who, String slug, String answer) {
        long version = questions.current(slug).orElseThrow().versionId();
        var result = mvc.post().uri("/questions/" + slug + "/answer").with(who).with(csrf())
                .param("versionId", String.valueOf(version)).param("answer", answer).exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        return result.getResponse().getRedirectedUrl();
    }

    private String progress(RequestPostProcessor who) throws UnsupportedEncodingException {
        return mvc.get().uri("/progress").with(who).exchange().getResponse().getContentAsString();
    }

    private static String section(String page, String fromId, String toId) {
        return page.substring(page.indexOf("id=\"" + fromId + "\""), page.indexOf("id=\"" + toId + "\""));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String day(LocalDate date, long due) {
        return "data-date=\"" + date + "\" data-due=\"" + due + "\"";
    }

    @Test
    void aNewCandidateSeesEmptyStatesAndFourteenEmptyDays() throws Exception {
        String page = progress(candidate());

        assertThat(page).contains("id=\"due-empty\"", "Nothing to review yet", "id=\"upcoming-empty\"", "id=\"activity-empty\"")
                .doesNotContain("id=\"due\"", "id=\"activity-chart\"");
        String calendar = section(page, "calendar", "upcoming-empty");
        assertThat(calendar.split("data-due=\"0\"", -1)).hasSize(15);
        assertThat(calendar).contains(day(today(), 0), day(today().plusDays(13), 0)).doesNotContain(today().plusDays(14).toString());
    }

    @Test
    void aWrongAnswerComesDueAfterOneDayAndARightAnswerThenMovesItThreeDaysOn() throws Exception {
        var me = candidate();
        answer(me, "fx-late-binding", "[0, 1, 2]");

        String page = progress(me);
        assertThat(page).contains("id=\"due-empty\"", "Nothing is due today", day(today().plusDays(1), 1));
        assertThat(section(page, "upcoming", "activity")).contains("Late binding closures", "Failed", "step 1 of 4");

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        page = progress(me);
        assertThat(page).contains("Due today (1)", day(today(), 1));
        assertThat(section(page, "due", "calendar")).contains("Late binding closures", "/questions/fx-late-binding");

        answer(me, "fx-late-binding", "[2, 2, 2]");
        page = progress(me);
        assertThat(page).contains("Due today (0)", day(today(), 0), day(today().plusDays(3), 1));
        assertThat(section(page, "upcoming", "activity")).contains("Late binding closures", "Solved", "step 2 of 4");
    }

    @Test
    void dueItemsAreListedOldestFirst() throws Exception {
        var me = candidate();
        answer(me, "fx-default-args", "2");
        clock.advance(Duration.ofHours(1));
        String attempt = answer(me, "fx-gil", "Not sure");
        assertThat(mvc.post().uri(attempt + "/rating").with(me).with(csrf()).param("rating", "NOT_YET")).hasStatus(HttpStatus.FOUND);
        clock.advance(Duration.ofDays(2));

        String due = section(progress(me), "due", "calendar");
        assertThat(due.indexOf("When are default arguments evaluated?")).isPositive()
                .isLessThan(due.indexOf("What does the GIL protect?"));
        assertThat(due).contains("Failed", "Rated not yet");
    }

    @Test
    void aKnewItRatingOnANewQuestionSchedulesNothing() throws Exception {
        var me = candidate();
        String attempt = answer(me, "fx-gil", "The interpreter's state");
        assertThat(mvc.post().uri(attempt + "/rating").with(me).with(csrf()).param("rating", "KNEW")).hasStatus(HttpStatus.FOUND);

        assertThat(progress(me)).contains("id=\"upcoming-empty\"", "Nothing to review yet", "and mastered 1.");
    }

    @Test
    void theChartCountsAttemptsPerDayAndMasteryAtTheEndOfEachDay() throws Exception {
        var me = candidate();
        answer(me, "fx-default-args", "2");
        answer(me, "fx-default-args", "0");
        answer(me, "fx-late-binding", "[0, 1, 2]");
        LocalDate first = today();
        clock.advance(Duration.ofDays(1));
        answer(me, "fx-default-args", "1");

        String page = progress(me);
        assertThat(page).contains("id=\"activity-chart\"", "role=\"img\"", "aria-labelledby=\"activity-title activity-desc\"",
                "<title id=\"activity-title\">", "<desc id=\"activity-desc\">");
        assertThat(page).contains("data-date=\"" + first + "\" data-attempts=\"3\" data-mastered=\"1\"",
                "data-date=\"" + today() + "\" data-attempts=\"1\" data-mastered=\"0\"",
                "data-date=\"" + today().minusDays(29) + "\" data-attempts=\"0\" data-mastered=\"0\"")
                .doesNotContain("data-date=\"" + today().minusDays(30) + "\"");
        assertThat(page).contains(": 4 attempts in all; questions mastered went from 0 to 0.");
    }

    // The page keeps its rendered sections per candidate (ProgressSections); these show a kept copy is not shown once
    // it stops being true.

    @Test
    void aReviewComingDueLaterTodayIsDueOnceItsTimeComes() throws Exception {
        Instant now = clock.instant();
        if (Duration.between(now, today().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).toHours() < 3) {
            clock.advance(Duration.ofHours(4)); // keep the whole test inside one UTC day
        }
        String email = accounts.create(Role.CANDIDATE);
        var me = accounts.as(email);
        answer(me, "fx-late-binding", "[0, 1, 2]");
        jdbc.sql("update review_schedule set due_at = :at where account_id = :me")
                .param("at", Timestamp.from(clock.instant().plus(Duration.ofHours(1)))).param("me", accounts.id(email)).update();
        String before = progress(me);
        assertThat(before).contains("Due today (0)", day(today(), 1));
        assertThat(section(progress(me), "totals", "not-tried-section")).isEqualTo(section(before, "totals", "not-tried-section"));

        clock.advance(Duration.ofMinutes(61));
        String page = progress(me);
        assertThat(page).contains("Due today (1)", day(today(), 1));
        assertThat(section(page, "due", "calendar")).contains("Late binding closures");
    }

    @Test
    void aChangeMadeOutsideThisServerShowsAtTheNextLoad() throws Exception {
        String email = accounts.create(Role.CANDIDATE);
        var me = accounts.as(email);
        answer(me, "fx-gil", "The interpreter's state");
        assertThat(progress(me)).contains("and mastered 0.");

        // as a grader process or another web server would: an update, so no new row and no new id
        jdbc.sql("update answer_attempts set self_rating = 'KNEW' where account_id = :me").param("me", accounts.id(email)).update();
        assertThat(progress(me)).contains("and mastered 1.");

        jdbc.sql("delete from review_schedule where account_id = :me").param("me", accounts.id(email)).update();
        jdbc.sql("""
                insert into review_schedule (account_id, question_id, step, due_at, last_result, updated_at)
                select account_id, question_id, 0, :at, 'NOT_YET', :at from answer_attempts where account_id = :me""")
                .param("at", Timestamp.from(clock.instant().minusSeconds(60))).param("me", accounts.id(email)).update();
        assertThat(progress(me)).contains("Due today (1)", "Rated not yet");
    }

    @Test
    void eachCandidateSeesTheirOwnSections() throws Exception {
        var first = candidate();
        var second = candidate();
        answer(first, "fx-gil", "The interpreter's state");
        assertThat(progress(first)).contains(": 1 attempts in all");
        assertThat(progress(second)).contains("id=\"activity-empty\"").doesNotContain("attempts in all");
    }
}
