package dev.pyprep.practice;

import dev.pyprep.question.Questions;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** The practice feature's surface for its web adapter. */
@Component
public class PracticePages {

    private final PracticeService practice;
    private final AnswerAttemptRepository attempts;
    private final Questions questions;
    private final Reveals reveals;
    private final ProgressSections progress;
    private final Solutions solutions;

    PracticePages(PracticeService practice, AnswerAttemptRepository attempts, Questions questions, Reveals reveals,
                  ProgressSections progress, Solutions solutions) {
        this.practice = practice;
        this.attempts = attempts;
        this.questions = questions;
        this.reveals = reveals;
        this.progress = progress;
        this.solutions = solutions;
    }

    public long answer(long accountId, long versionId, String answer) {
        return practice.answer(accountId, versionId, answer).getId();
    }

    public void rate(long accountId, long attemptId, SelfRating rating) {
        try {
            practice.rate(accountId, attemptId, rating);
        } catch (PracticeException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    /** Only the author of an attempt sees it (and so the answer it reveals). */
    @Transactional(readOnly = true)
    public void attempt(long accountId, long attemptId, Model model) {
        AnswerAttempt attempt = attempts.findByIdAndAccountId(attemptId, accountId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such answer"));
        model.addAttribute("q", questions.view(attempt.getQuestionVersionId()).orElseThrow());
        model.addAttribute("reveal", reveals.of(attempt, questions.answerKey(attempt.getQuestionVersionId()).orElseThrow()));
        model.addAttribute("ratings", SelfRating.values());
    }

    /**
     * The progress page's own sections, as {@code render} turns their variables into HTML: mastery ("progress"), the
     * review schedule ("review") and the last 30 days ("activity"). A rendered copy is reused while it stays true
     * ({@link ProgressSections}).
     */
    public String progressSections(long accountId, Locale locale, Function<Map<String, Object>, String> render) {
        return progress.of(accountId, locale, render);
    }

    /** A practice challenge's editorial and reference solution, or the offer to show them; 404 for anything else. */
    public void solution(long accountId, String slug, Model model) {
        model.addAttribute("solution", solutions.of(accountId, slug).orElseThrow(() -> noChallenge(slug)));
    }

    /** "Show solution": counts the challenge as not mastered and schedules it for review. */
    public void reveal(long accountId, String slug) {
        if (!solutions.reveal(accountId, slug)) {
            throw noChallenge(slug);
        }
    }

    private static ResponseStatusException noChallenge(String slug) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No practice challenge called " + slug);
    }
}
