package dev.pyprep.screen.app;

import dev.pyprep.grading.BadSubmissionException;
import dev.pyprep.grading.NewSubmission;
import dev.pyprep.grading.Origin;
import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionService;
import dev.pyprep.grading.TooManyQueuedException;
import dev.pyprep.question.QuestionKind;
import dev.pyprep.question.Questions;
import dev.pyprep.screen.domain.Answer;
import dev.pyprep.screen.domain.Answers;
import dev.pyprep.screen.domain.Attempt;
import dev.pyprep.screen.domain.Attempts;
import dev.pyprep.screen.domain.Invites;
import dev.pyprep.screen.domain.Screen;
import dev.pyprep.screen.domain.ScreenQuestion;
import dev.pyprep.screen.domain.Screens;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes attempts whose deadline has passed, even if the server was down then: at start-up, every minute, and
 * whenever an overdue attempt's link is opened. Each coding question without a submission has its latest saved code
 * submitted for grading, as the candidate's final answer.
 */
@Service
public class AttemptCloser {

    private static final Logger log = LoggerFactory.getLogger(AttemptCloser.class);

    private final Attempts attempts;
    private final Answers answers;
    private final Invites invites;
    private final Screens screens;
    private final Questions questions;
    private final SubmissionService submissions;
    private final Scoring scoring;
    private final TransactionTemplate tx;
    private final TransactionTemplate ownTx;
    private final Clock clock;

    AttemptCloser(Attempts attempts, Answers answers, Invites invites, Screens screens, Questions questions,
                  SubmissionService submissions, Scoring scoring, PlatformTransactionManager txManager, Clock clock) {
        this.attempts = attempts;
        this.answers = answers;
        this.invites = invites;
        this.screens = screens;
        this.questions = questions;
        this.submissions = submissions;
        this.scoring = scoring;
        this.tx = new TransactionTemplate(txManager);
        this.ownTx = new TransactionTemplate(txManager);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStartUp() {
        int closed = closeOverdue();
        if (closed > 0) {
            log.info("Closed and graded {} screen attempts whose deadline passed while the server was down", closed);
        }
    }

    @Scheduled(fixedDelayString = "${pyprep.screen.closer-interval:60s}", initialDelayString = "${pyprep.screen.closer-interval:60s}")
    public int closeOverdue() {
        // saved code deferred by an earlier run is retried; what this run defers waits for the next one
        List<Long> deferred = answers.findByGradePendingTrue().stream().map(Answer::getId).toList();
        List<Long> overdue = attempts.findOverdue(clock.instant());
        overdue.forEach(this::closeIfOverdue);
        deferred.forEach(this::retry);
        return overdue.size();
    }

    /** Saved code that could not be queued when its attempt closed is queued now. */
    void retry(long answerId) {
        tx.executeWithoutResult(status -> {
            Answer answer = answers.findById(answerId).orElseThrow();
            Attempt attempt = attempts.lock(answer.getAttemptId()).orElseThrow();
            ScreenQuestion q = screens.findById(attempt.getScreenId()).orElseThrow().question(answer.getScreenQuestionId());
            gradeSavedCode(attempt, q, answer);
            scoring.recompute(attempt.getId());
        });
    }

    /** Closes the attempt if its deadline has passed (true), in its own transaction, with the attempt row locked. */
    public boolean closeIfOverdue(long attemptId) {
        Boolean closed = tx.execute(status -> {
            Attempt attempt = attempts.lock(attemptId).orElseThrow();
            if (!attempt.overdue(clock)) {
                return false;
            }
            attempt.closeAtDeadline(clock);
            invites.findById(attempt.getInviteId()).orElseThrow().submitted();
            gradeSavedCode(attempt);
            scoring.recompute(attemptId);
            return true;
        });
        return Boolean.TRUE.equals(closed);
    }

    /**
     * The last submission counts, or the last saved code if there is none: each coding question's saved code without a
     * submission is submitted now, as the candidate's final answer. Runs inside the closing transaction.
     */
    void gradeSavedCode(Attempt attempt) {
        Screen screen = screens.findById(attempt.getScreenId()).orElseThrow();
        for (ScreenQuestion q : screen.getQuestions()) {
            if (questions.ref(q.getVersionId()).orElseThrow().kind() == QuestionKind.CODING) {
                answers.findByAttemptIdAndScreenQuestionId(attempt.getId(), q.getId())
                        .filter(a -> a.getLastSubmissionId() == null && a.getAnswer() != null && !a.getAnswer().isBlank())
                        .ifPresent(a -> gradeSavedCode(attempt, q, a));
            }
        }
    }

    private void gradeSavedCode(Attempt attempt, ScreenQuestion q, Answer answer) {
        try {
            // its own transaction: a refusal must not roll back the closing itself
            long id = ownTx.execute(s -> submissions.submit(new NewSubmission(attempt.getAccountId(), q.getVersionId(),
                    Purpose.SUBMIT, answer.getAnswer(), null, Origin.SCREEN, attempt.getId())).id());
            answer.submitted(id);
        } catch (TooManyQueuedException e) {
            answer.gradeLater(); // the closer tries again on its next run
            log.warn("Saved code of attempt {} question {} could not be queued yet: {}", attempt.getId(), q.getSlug(), e.getMessage());
        } catch (BadSubmissionException e) {
            log.warn("Saved code of attempt {} question {} cannot be graded (scores 0): {}", attempt.getId(), q.getSlug(), e.getMessage());
        }
    }
}
