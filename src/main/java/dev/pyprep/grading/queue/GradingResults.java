package dev.pyprep.grading.queue;

import dev.pyprep.grading.SubmissionGraded;
import dev.pyprep.grading.judge.GradeOutcome;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores a grading outcome once, under the lease that produced it, and announces it. */
@Component
class GradingResults {

    private final SubmissionRepository submissions;
    private final TestResultRepository results;
    private final ApplicationEventPublisher events;

    GradingResults(SubmissionRepository submissions, TestResultRepository results, ApplicationEventPublisher events) {
        this.submissions = submissions;
        this.results = results;
        this.events = events;
    }

    @Transactional
    void store(GradingQueue.Claim claim, GradeOutcome outcome) {
        Submission s = submissions.findForUpdate(claim.submissionId()).orElseThrow();
        s.grade(claim.lease(), outcome.verdict(), outcome.score(), outcome.message(), Instant.now());
        outcome.tests().forEach(t -> results.save(new TestResult(s.getId(), t)));
        events.publishEvent(new SubmissionGraded(s.getId(), s.getAccountId(), s.getQuestionId(), s.getQuestionVersionId(),
                s.getPurpose(), s.getOrigin(), s.getOriginRef(), outcome.verdict(), outcome.score()));
    }
}
