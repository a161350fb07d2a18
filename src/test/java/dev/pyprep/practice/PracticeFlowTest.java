package dev.pyprep.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.Role;
import dev.pyprep.question.Questions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

@PyPrepTest
class PracticeFlowTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Questions questions;

    private String answer(RequestPostProcessor who, String slug, String answer) {
        long version = questions.current(slug).orElseThrow().versionId();
        var result = mvc.post().uri("/questions/" + slug + "/answer").with(who).with(csrf())
                .param("versionId", String.valueOf(version)).param("answer", answer).exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        return result.getResponse().getRedirectedUrl();
    }

    @Test
    void modelAnswersAndOptionKeysAppearOnlyAfterAnAttempt() {
        var me = accounts.as(accounts.create(Role.CANDIDATE));
        assertThat(mvc.get().uri("/questions/fx-gil").with(me)).hasStatusOk().bodyText()
                .doesNotContain("protecting the interpreter's own state");
        assertThat(mvc.get().uri("/questions/fx-default-args").with(me)).hasStatusOk().bodyText()
                .doesNotContain("Defaults are evaluated once");
        assertThat(mvc.get().uri("/questions/fx-late-binding").with(me)).hasStatusOk().bodyText()
                .doesNotContain("[2, 2, 2]");

        String attempt = answer(me, "fx-gil", "It serialises bytecode execution.");
        assertThat(mvc.get().uri(attempt).with(me)).hasStatusOk().bodyText()
                .contains("protecting the interpreter&#39;s own state", "Key points", "How did you do?");
    }

    @Test
    void multipleChoiceAndPredictOutputAreMarked() {
        var me = accounts.as(accounts.create(Role.CANDIDATE));
        assertThat(mvc.get().uri(answer(me, "fx-default-args", "0")).with(me)).bodyText().contains("data-correct=\"true\"",
                "Defaults are evaluated once");
        assertThat(mvc.get().uri(answer(me, "fx-default-args", "1")).with(me)).bodyText().contains("data-correct=\"false\"");
        assertThat(mvc.get().uri(answer(me, "fx-late-binding", "[2, 2, 2]   \n\n")).with(me)).bodyText().contains("data-correct=\"true\"");
        assertThat(mvc.get().uri(answer(me, "fx-late-binding", "[0, 1, 2]")).with(me)).bodyText()
                .contains("data-correct=\"false\"", "[2, 2, 2]");
    }

    @Test
    void selfRatingsAndFailuresDriveTheProgressPage() throws Exception {
        var me = accounts.as(accounts.create(Role.CANDIDATE));
        String attempt = answer(me, "fx-gil", "No idea");
        assertThat(mvc.post().uri(attempt + "/rating").with(me).with(csrf()).param("rating", "NOT_YET")).hasStatus(HttpStatus.FOUND);
        answer(me, "fx-default-args", "2");
        answer(me, "fx-late-binding", "[2, 2, 2]");

        String progress = mvc.get().uri("/progress").with(me).exchange().getResponse().getContentAsString();
        assertThat(progress).contains("You have tried 3 of", "and mastered 1.");
        assertThat(progress.substring(progress.indexOf("id=\"upcoming\""), progress.indexOf("id=\"activity\"")))
                .contains("What does the GIL protect?", "When are default arguments evaluated?", "Rated not yet", "Failed")
                .doesNotContain("Late binding closures");
        assertThat(progress.substring(progress.indexOf("id=\"not-tried\""))).contains("Sum of the first n numbers")
                .doesNotContain("What does the GIL protect?");
    }

    @Test
    void anAttemptIsVisibleToItsAuthorOnly() {
        var me = accounts.as(accounts.create(Role.CANDIDATE));
        String attempt = answer(me, "fx-gil", "My answer");
        var other = accounts.as(accounts.create(Role.CANDIDATE));
        assertThat(mvc.get().uri(attempt).with(other)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri(attempt + "/rating").with(other).with(csrf()).param("rating", "KNEW")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anEmptyAnswerIsRefusedWithAMessage() {
        var me = accounts.as(accounts.create(Role.CANDIDATE));
        long version = questions.current("fx-gil").orElseThrow().versionId();
        var result = mvc.post().uri("/questions/fx-gil/answer").with(me).with(csrf()).header("Referer", "http://localhost/questions/fx-gil")
                .param("versionId", String.valueOf(version)).param("answer", "   ").exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/questions/fx-gil");
        assertThat(result).flash().containsEntry("error", "Please write an answer first.");
    }
}
