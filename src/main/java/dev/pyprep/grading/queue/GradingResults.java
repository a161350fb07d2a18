package dev.pyprep.grading.queue;

import dev.pyprep.grading.GradingSettings;
import dev.pyprep.grading.SubmissionGraded;
import dev.pyprep.grading.Verdict;
import dev.pyprep.grading.judge.GradeOutcome;
import dev.pyprep.grading.judge.TestOutcome;
import dev.pyprep.question.TestVisibility;
import dev.pyprep.sandbox.SandboxSettings;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a grading outcome once, under the lease that produced it, and announces it. Everything that came from the
 * sandbox is made storable first (no NUL, cut to its column; hidden tests keep only a few KB of output), and the
 * tests are written in one batch. If the database still refuses the result, the submission gets INTERNAL_ERROR at
 * once, with the cause logged: a poison result is never graded again.
 */
@Component
class GradingResults {

    private static final Logger log = LoggerFactory.getLogger(GradingResults.class);
    private static final int MESSAGE = 500, ERROR_TYPE = 200, ERROR_MESSAGE = 2000;

    private final SubmissionRepository submissions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final GradingSignals signals;
    private final Clock clock;
    private final int visibleLimit;
    private final int hiddenLimit;

    GradingResults(SubmissionRepository submissions, JdbcTemplate jdbc, TransactionTemplate tx,
                   ApplicationEventPublisher events, GradingSignals signals, Clock clock, GradingSettings grading,
                   SandboxSettings sandbox) {
        this.submissions = submissions;
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.signals = signals;
        this.clock = clock;
        this.visibleLimit = (int) Math.min(Integer.MAX_VALUE / 2, sandbox.printLimitPerTest().toBytes());
        this.hiddenLimit = (int) grading.hiddenOutputLimit().toBytes();
    }

    void store(GradingQueue.Claim claim, GradeOutcome outcome) {
        try {
            tx.executeWithoutResult(status -> save(claim, outcome));
        } catch (LeaseLostException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Submission {}: the database refused its result ({}); it is marked INTERNAL_ERROR and not graded again",
                    claim.submissionId(), e.toString(), e);
            tx.executeWithoutResult(status -> save(claim, new GradeOutcome(Verdict.INTERNAL_ERROR, 0,
                    "The result of this submission could not be stored; please submit again", List.of())));
        }
    }

    private void save(GradingQueue.Claim claim, GradeOutcome outcome) {
        Submission s = submissions.findForUpdate(claim.submissionId()).orElseThrow();
        s.grade(claim.lease(), outcome.verdict(), outcome.score(), StoredText.clean(outcome.message(), MESSAGE),
                outcome.sandboxMs(), clock.instant());
        List<TestOutcome> tests = outcome.tests();
        jdbc.batchUpdate("""
                        insert into test_results (submission_id, test_case_id, ordinal, visibility, verdict, time_ms, actual,
                                                  stdout, stderr, error_type, error_message, error_line)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", tests, 100, (ps, t) -> {
            int cap = t.visibility() == TestVisibility.HIDDEN ? hiddenLimit : visibleLimit;
            ps.setLong(1, s.getId());
            ps.setObject(2, t.testCaseId(), Types.BIGINT);
            ps.setInt(3, t.ordinal());
            ps.setString(4, t.visibility().name());
            ps.setString(5, t.verdict().name());
            ps.setInt(6, Math.max(0, t.timeMs()));
            ps.setString(7, StoredText.clean(t.actual(), cap));
            ps.setString(8, StoredText.clean(t.stdout(), cap));
            ps.setString(9, StoredText.clean(t.stderr(), cap));
            ps.setString(10, t.error() == null ? null : StoredText.clean(t.error().type(), ERROR_TYPE));
            ps.setString(11, t.error() == null ? null : StoredText.clean(t.error().message(), ERROR_MESSAGE));
            ps.setObject(12, t.error() == null ? null : t.error().line(), Types.INTEGER);
        });
        signals.graded(s.getId());
        events.publishEvent(new SubmissionGraded(s.getId(), s.getAccountId(), s.getQuestionId(), s.getQuestionVersionId(),
                s.getPurpose(), s.getOrigin(), s.getOriginRef(), outcome.verdict(), outcome.score()));
    }
}
