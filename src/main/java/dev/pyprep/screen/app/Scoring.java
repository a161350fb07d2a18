package dev.pyprep.screen.app;

import dev.pyprep.grading.Origin;
import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionGraded;
import dev.pyprep.grading.SubmissionRecord;
import dev.pyprep.grading.SubmissionService;
import dev.pyprep.grading.SubmissionStatus;
import dev.pyprep.grading.TestRecord;
import dev.pyprep.question.CodingTask;
import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.Questions;
import dev.pyprep.question.TestVisibility;
import dev.pyprep.screen.domain.Answer;
import dev.pyprep.screen.domain.Answers;
import dev.pyprep.screen.domain.Attempt;
import dev.pyprep.screen.domain.Attempts;
import dev.pyprep.screen.domain.Screen;
import dev.pyprep.screen.domain.ScreenQuestion;
import dev.pyprep.screen.domain.Screens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Scores an attempt: coding = points x the weighted hidden-test score of the last SUBMIT, multiple choice and predict
 * output from the answer key, concept answers as the recruiter marked them. Recomputed whenever a screen submission
 * is graded, an attempt closes, or a concept answer is marked.
 */
@Service
public class Scoring {

    private final Screens screens;
    private final Attempts attempts;
    private final Answers answers;
    private final Questions questions;
    private final SubmissionService submissions;

    Scoring(Screens screens, Attempts attempts, Answers answers, Questions questions, SubmissionService submissions) {
        this.screens = screens;
        this.attempts = attempts;
        this.answers = answers;
        this.questions = questions;
        this.submissions = submissions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onGraded(SubmissionGraded graded) {
        if (graded.origin() == Origin.SCREEN && graded.purpose() == Purpose.SUBMIT && graded.originRef() != null) {
            recompute(graded.originRef());
        }
    }

    @Transactional
    public void recompute(long attemptId) {
        Attempt attempt = attempts.lock(attemptId).orElseThrow();
        Screen screen = screens.findById(attempt.getScreenId()).orElseThrow();
        Map<Long, Answer> byQuestion = answers.findByAttemptId(attemptId).stream()
                .collect(Collectors.toMap(Answer::getScreenQuestionId, Function.identity()));
        BigDecimal total = BigDecimal.ZERO;
        for (ScreenQuestion q : screen.getQuestions()) {
            Answer answer = byQuestion.get(q.getId());
            if (answer == null) {
                continue;
            }
            BigDecimal points = points(q, answer);
            if (points != null) {
                answer.award(points, answer.getScoredBy());
                total = total.add(points);
            }
        }
        attempt.scored(total, screen.getPassMark());
    }

    /** The points an answer earns now, or for a concept answer what the recruiter gave (null until they do). */
    private BigDecimal points(ScreenQuestion q, Answer answer) {
        QuestionContent key = questions.answerKey(q.getVersionId()).orElseThrow();
        BigDecimal full = BigDecimal.valueOf(q.getPoints());
        return switch (key) {
            case QuestionContent.MultipleChoice m -> choice(answer.getAnswer()) == m.correctIndex() ? full : BigDecimal.ZERO;
            case QuestionContent.PredictOutput p -> answer.getAnswer() != null && p.accepts(answer.getAnswer()) ? full : BigDecimal.ZERO;
            case QuestionContent.Concept c -> answer.getPointsAwarded();
            case QuestionContent.Coding c -> answer.getLastSubmissionId() == null ? BigDecimal.ZERO
                    : full.multiply(BigDecimal.valueOf(hiddenScore(answer.getLastSubmissionId(), q.getVersionId())))
                    .setScale(2, RoundingMode.HALF_UP);
        };
    }

    /** The share (0..1) of hidden-test weight passed; with no hidden tests, of all tests. 0 while not graded. */
    double hiddenScore(long submissionId, long versionId) {
        SubmissionRecord s = submissions.find(submissionId).orElseThrow();
        if (s.status() != SubmissionStatus.GRADED) {
            return 0;
        }
        CodingTask task = questions.codingTask(versionId).orElseThrow();
        Map<Long, Integer> weights = task.tests().stream().collect(Collectors.toMap(CodingTask.Test::id, CodingTask.Test::weight));
        List<TestRecord> results = submissions.results(submissionId);
        boolean anyHidden = results.stream().anyMatch(r -> r.visibility() == TestVisibility.HIDDEN);
        double total = 0, passed = 0;
        for (TestRecord r : results) {
            if (r.visibility() == TestVisibility.CUSTOM || (anyHidden && r.visibility() != TestVisibility.HIDDEN)) {
                continue;
            }
            int weight = r.testCaseId() == null ? 1 : weights.getOrDefault(r.testCaseId(), 1);
            total += weight;
            passed += r.verdict().passed() ? weight : 0;
        }
        return total == 0 ? 0 : passed / total;
    }

    static int choice(String answer) {
        try {
            return answer == null ? -1 : Integer.parseInt(answer.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
