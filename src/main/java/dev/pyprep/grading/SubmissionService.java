package dev.pyprep.grading;

import dev.pyprep.grading.queue.GradingNodes;
import dev.pyprep.grading.queue.GradingSignals;
import dev.pyprep.grading.queue.JobFactory;
import dev.pyprep.grading.queue.Submission;
import dev.pyprep.grading.queue.SubmissionRepository;
import dev.pyprep.grading.queue.TestResult;
import dev.pyprep.grading.queue.TestResultRepository;
import dev.pyprep.question.CodingTask;
import dev.pyprep.question.QuestionRef;
import dev.pyprep.question.Questions;
import dev.pyprep.system.Throttle;
import java.time.Clock;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grading as other features use it: accepts code (checks the limits, stores it as QUEUED, wakes a worker after the
 * commit) and reads submissions and their test results back.
 */
@Service
public class SubmissionService {

    private final SubmissionRepository submissions;
    private final TestResultRepository results;
    private final Questions questions;
    private final GradingSettings settings;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Throttle perMinute;
    private final GradingSignals signals;
    private final GradingNodes nodes;

    SubmissionService(SubmissionRepository submissions, TestResultRepository results, Questions questions,
                      GradingSettings settings, ApplicationEventPublisher events, JdbcClient jdbc, JsonMapper json,
                      Clock clock, GradingSignals signals, GradingNodes nodes) {
        this.submissions = submissions;
        this.results = results;
        this.questions = questions;
        this.settings = settings;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
        this.perMinute = new Throttle(clock, settings.maxSubmissionsPerMinute(), Duration.ofMinutes(1));
        this.signals = signals;
        this.nodes = nodes;
    }

    @Transactional
    public SubmissionRecord submit(NewSubmission request) {
        String code = request.code();
        if (code == null || code.isBlank()) {
            throw new BadSubmissionException("There is no code to run.");
        }
        long size = code.getBytes(StandardCharsets.UTF_8).length;
        if (size > settings.maxCodeSize().toBytes()) {
            throw new CodeTooLargeException((size + 1023) / 1024, settings.maxCodeSize().toKilobytes());
        }
        CodingTask task = questions.codingTask(request.questionVersionId())
                .orElseThrow(() -> new BadSubmissionException("That question does not take code."));
        if (request.origin() == Origin.PRACTICE && !questions.ref(task.versionId()).map(QuestionRef::practice).orElse(false)) {
            throw new BadSubmissionException("This question has changed since you opened it. Reload the page to get the "
                    + "current version; your code is still in the editor.");
        }
        String customInput = request.customInput();
        String custom = request.purpose() == Purpose.RUN && customInput != null && !customInput.isBlank() ? customInput : null;
        if (custom != null) {
            if (custom.length() > 64 * 1024) {
                throw new BadSubmissionException("Custom input is limited to 64 KB.");
            }
            JobFactory.customInput(task.mode(), custom, json); // reject malformed input now, with a clear message
        }
        if (request.accountId() == null && (request.origin() != Origin.SCREEN || request.originRef() == null)) {
            throw new IllegalArgumentException("a submission without an account must come from a screen attempt");
        }
        String author = request.accountId() != null ? "account:" + request.accountId() : "attempt:" + request.originRef();
        if (!perMinute.tryTake(author)) {
            throw new TooManyQueuedException("You have submitted " + settings.maxSubmissionsPerMinute()
                    + " times in the last minute. Please wait a moment; your code is still in the editor.");
        }
        // Serialise one person's submissions so two quick clicks cannot both slip under the limit.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:author))").param("author", "pyprep-submit:" + author).query().singleRow();
        long waiting = request.accountId() != null
                ? submissions.countByAccountIdAndStatusNot(request.accountId(), SubmissionStatus.GRADED)
                : submissions.countByOriginAndOriginRefAndStatusNot(Origin.SCREEN, request.originRef(), SubmissionStatus.GRADED);
        if (waiting >= settings.maxQueuedPerUser()) {
            throw new TooManyQueuedException("You already have " + settings.maxQueuedPerUser()
                    + " submissions waiting to be graded. Please wait for them to finish.");
        }
        Submission saved = submissions.save(new Submission(request.accountId(), task.questionId(), task.versionId(),
                request.purpose(), request.origin(), request.originRef(), code, custom));
        events.publishEvent(new SubmissionQueued(saved.getId()));
        signals.queued();
        return saved.record();
    }

    @Transactional(readOnly = true)
    public Optional<SubmissionRecord> find(long id) {
        return submissions.findById(id).map(Submission::record);
    }

    /** A submission, if this account made it; anyone else's is as good as absent. */
    @Transactional(readOnly = true)
    public Optional<SubmissionRecord> findForAuthor(long id, long accountId) {
        return submissions.findByIdAndAccountId(id, accountId).map(Submission::record);
    }

    @Transactional(readOnly = true)
    public List<TestRecord> results(long submissionId) {
        return results.findBySubmissionIdOrderByOrdinal(submissionId).stream().map(TestResult::record).toList();
    }

    /** A screen attempt's latest submissions of a question, newest first (at most 50). */
    @Transactional(readOnly = true)
    public List<SubmissionRecord> screenHistory(long attemptId, long questionId) {
        return submissions.findRecentForScreen(attemptId, questionId).stream().map(Submission::record).toList();
    }

    /**
     * Waits (a virtual thread, cheaply) until the submission is graded or the time is up, and returns it as it is
     * then: a long poll for pages that show a verdict as soon as it exists.
     */
    public Optional<SubmissionRecord> await(long id, Duration timeout) {
        GradingSignals.Waiter waiter = signals.waiter(id);
        Optional<SubmissionRecord> now = find(id);
        if (now.isEmpty() || now.get().status() == SubmissionStatus.GRADED) {
            return now;
        }
        waiter.await(timeout);
        return find(id);
    }

    /** Someone's latest practice submissions of a question, newest first (at most 50). */
    @Transactional(readOnly = true)
    public List<SubmissionRecord> practiceHistory(long accountId, long questionId) {
        return submissions.findRecentForQuestion(accountId, questionId, Origin.PRACTICE).stream().map(Submission::record).toList();
    }

    /** The grading processes alive and the queue, for the admin pages. */
    @Transactional(readOnly = true)
    public GradingStatus status() {
        var queue = jdbc.sql("""
                        select count(*) as n, coalesce(extract(epoch from now() - min(created_at)), 0) as oldest
                        from submissions where status = 'QUEUED'""")
                .query((rs, i) -> new long[]{rs.getLong("n"), (long) rs.getDouble("oldest")}).single();
        return new GradingStatus(nodes.alive(Duration.ofSeconds(60)), queue[0], Duration.ofSeconds(queue[1]));
    }

    /** How many submissions wait ahead of this one (null when it is not waiting). */
    @Transactional(readOnly = true)
    public Long queuePosition(SubmissionRecord s) {
        if (s.status() != SubmissionStatus.QUEUED) {
            return null;
        }
        return jdbc.sql("""
                        select count(*) from submissions
                        where status = 'QUEUED' and (created_at, id) < (select created_at, id from submissions where id = :id)""")
                .param("id", s.id()).query(Long.class).single();
    }
}
