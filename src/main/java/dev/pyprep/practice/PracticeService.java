package dev.pyprep.practice;

import dev.pyprep.grading.Origin;
import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionGraded;
import dev.pyprep.grading.Verdict;
import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.QuestionRef;
import dev.pyprep.question.Questions;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Marks answers: multiple choice and predict-the-output automatically, concept answers by the candidate's rating; every
 * marked answer and graded practice submission also moves the question on the candidate's {@link ReviewSchedule}.
 */
@Service
class PracticeService {

    static final int MAX_ANSWER = 20_000;

    private final AnswerAttemptRepository attempts;
    private final Questions questions;
    private final ReviewSchedule schedule;
    private final Clock clock;

    PracticeService(AnswerAttemptRepository attempts, Questions questions, ReviewSchedule schedule, Clock clock) {
        this.attempts = attempts;
        this.questions = questions;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Transactional
    public AnswerAttempt answer(long accountId, long versionId, String answer) {
        QuestionRef ref = questions.ref(versionId).orElseThrow(() -> new PracticeException("No such question."));
        if (!ref.practice()) {
            throw new PracticeException("This question has changed since you opened it. Reload the page to answer the "
                    + "current version.");
        }
        if (answer == null || answer.isBlank()) {
            throw new PracticeException("Please write an answer first.");
        }
        if (answer.length() > MAX_ANSWER) {
            throw new PracticeException("Answers are limited to " + MAX_ANSWER + " characters.");
        }
        Boolean correct = switch (questions.answerKey(versionId).orElseThrow()) {
            case QuestionContent.MultipleChoice m -> parseChoice(answer, m.options().size()) == m.correctIndex();
            case QuestionContent.PredictOutput p -> p.accepts(answer);
            case QuestionContent.Concept c -> null;
            case QuestionContent.Coding c -> throw new PracticeException("Coding questions are answered with Run and Submit.");
        };
        if (correct != null) {
            schedule.record(accountId, ref.questionId(), correct ? ReviewResult.SOLVED : ReviewResult.FAILED);
        }
        return attempts.save(new AnswerAttempt(accountId, ref.questionId(), versionId, answer, correct, null, clock.instant()));
    }

    @Transactional
    public void rate(long accountId, long attemptId, SelfRating rating) {
        AnswerAttempt attempt = attempts.findByIdAndAccountId(attemptId, accountId)
                .orElseThrow(() -> new PracticeException("No such answer."));
        attempt.rate(rating);
        schedule.record(accountId, attempt.getQuestionId(), ReviewResult.of(rating));
    }

    /**
     * A graded practice submission of a coding question counts as an attempt on it (screen submissions and runs do
     * not). An INTERNAL_ERROR is the platform's failure, not the candidate's: it is recorded but does not reschedule.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onGraded(SubmissionGraded graded) {
        if (graded.purpose() == Purpose.SUBMIT && graded.origin() == Origin.PRACTICE && graded.accountId() != null) {
            attempts.save(new AnswerAttempt(graded.accountId(), graded.questionId(), graded.questionVersionId(),
                    "submission #" + graded.submissionId(), graded.verdict().passed(), graded.submissionId(), clock.instant()));
            if (graded.verdict() != Verdict.INTERNAL_ERROR) {
                schedule.record(graded.accountId(), graded.questionId(),
                        graded.verdict().passed() ? ReviewResult.SOLVED : ReviewResult.FAILED);
            }
        }
    }

    private static int parseChoice(String answer, int options) {
        try {
            int chosen = Integer.parseInt(answer.trim());
            if (chosen >= 0 && chosen < options) {
                return chosen;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new PracticeException("Please choose one of the options.");
    }
}
