package dev.pyprep.practice;

import dev.pyprep.question.Questions;
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
    private final Progress progress;

    PracticePages(PracticeService practice, AnswerAttemptRepository attempts, Questions questions, Reveals reveals,
                  Progress progress) {
        this.practice = practice;
        this.attempts = attempts;
        this.questions = questions;
        this.reveals = reveals;
        this.progress = progress;
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

    public void progress(long accountId, Model model) {
        model.addAttribute("progress", progress.of(accountId));
    }
}
