package dev.pyprep.practice;

import dev.pyprep.grading.OutputComparator;
import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionGraded;
import dev.pyprep.question.QuestionVersion;
import dev.pyprep.question.QuestionVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.annotation.Propagation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Marks answers: multiple choice and predict-the-output automatically, concept answers by the candidate's rating. */
@Service
public class PracticeService {

    static final int MAX_ANSWER = 20_000;

    private final AnswerAttemptRepository attempts;
    private final QuestionVersionRepository versions;
    private final JsonMapper json;

    PracticeService(AnswerAttemptRepository attempts, QuestionVersionRepository versions, JsonMapper json) {
        this.attempts = attempts;
        this.versions = versions;
        this.json = json;
    }

    @Transactional
    public AnswerAttempt answer(long accountId, long versionId, String answer) {
        QuestionVersion version = versions.findById(versionId).orElseThrow(() -> new PracticeException("No such question."));
        if (answer == null || answer.isBlank()) {
            throw new PracticeException("Please write an answer first.");
        }
        if (answer.length() > MAX_ANSWER) {
            throw new PracticeException("Answers are limited to " + MAX_ANSWER + " characters.");
        }
        JsonNode details = json.readTree(version.getDetails());
        Boolean correct = switch (version.getKind()) {
            case MULTIPLE_CHOICE -> {
                int chosen = parseChoice(answer, details.path("options").size());
                yield details.path("options").get(chosen).path("correct").asBoolean();
            }
            case PREDICT_OUTPUT -> OutputComparator.trimTrailing(answer)
                    .equals(OutputComparator.trimTrailing(details.path("expected_output").asString()));
            case CONCEPT -> null;
            case CODING -> throw new PracticeException("Coding questions are answered with Run and Submit.");
        };
        return attempts.save(new AnswerAttempt(accountId, versionId, answer, correct, null));
    }

    @Transactional
    public void rate(long accountId, long attemptId, SelfRating rating) {
        AnswerAttempt attempt = attempts.findByIdAndAccountId(attemptId, accountId)
                .orElseThrow(() -> new PracticeException("No such answer."));
        attempt.rate(rating);
    }

    /** A graded submission of a coding question counts as an attempt on it. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onGraded(SubmissionGraded graded) {
        if (graded.purpose() == Purpose.SUBMIT) {
            attempts.save(new AnswerAttempt(graded.accountId(), graded.questionVersionId(), "submission #" + graded.submissionId(),
                    graded.verdict().passed(), graded.submissionId()));
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
