package dev.pyprep.practice;

import dev.pyprep.question.QuestionVersion;
import dev.pyprep.question.QuestionVersionRepository;
import dev.pyprep.question.QuestionViews;
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
    private final QuestionVersionRepository versions;
    private final QuestionViews views;
    private final Reveals reveals;
    private final Progress progress;

    PracticePages(PracticeService practice, AnswerAttemptRepository attempts, QuestionVersionRepository versions,
                  QuestionViews views, Reveals reveals, Progress progress) {
        this.practice = practice;
        this.attempts = attempts;
        this.versions = versions;
        this.views = views;
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
        QuestionVersion version = versions.findById(attempt.getQuestionVersionId()).orElseThrow();
        model.addAttribute("q", views.version(version.getId()).orElseThrow());
        model.addAttribute("reveal", reveals.of(attempt, version));
        model.addAttribute("ratings", SelfRating.values());
    }

    public void progress(long accountId, Model model) {
        model.addAttribute("progress", progress.of(accountId));
    }
}
