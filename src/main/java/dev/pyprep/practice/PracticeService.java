package dev.pyprep.practice;

import dev.pyprep.grading.Origin;
import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionGraded;
import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.QuestionRef;
import dev.pyprep.question.Questions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Marks answers: multiple choice and predict-the-output automatically, concept answers by the candidate's rating. */
@Service
class PracticeService {

    static final int MAX_ANSWER = 20_000;

    private final AnswerAttemptRepository attempts;
    private final Questions questions;

    PracticeService(AnswerAttemptRepository attempts, Questions questions) {
        this.attempts = attempts;
        this.questions = questions;
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
        return attempts.save(new AnswerAttempt(accountId, ref.questionId(), versionId, answer, correct, null));
    }

    @Transactional
    public void rate(long accountId, long attemptId, SelfRating rating) {
        AnswerAttempt attempt = attempts.findByIdAndAccountId(attemptId, accountId)
                .orElseThrow(() -> new PracticeException("No such answer."));
        attempt.rate(rating);
    }

    /** A graded practice submission of a coding question counts as an attempt on it (screen submissions do not). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onGraded(SubmissionGraded graded) {
        if (graded.purpose() == Purpose.SUBMIT && graded.origin() == Origin.PRACTICE && graded.accountId() != null) {
            attempts.save(new AnswerAttempt(graded.accountId(), graded.questionId(), graded.questionVersionId(),
                    "submission #" + graded.submissionId(), graded.verdict().passed(), graded.submissionId()));
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
