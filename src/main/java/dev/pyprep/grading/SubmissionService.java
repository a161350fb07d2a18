package dev.pyprep.grading;

import dev.pyprep.grading.queue.JobFactory;
import dev.pyprep.grading.queue.Submission;
import dev.pyprep.grading.queue.SubmissionRepository;
import dev.pyprep.grading.queue.TestResult;
import dev.pyprep.grading.queue.TestResultRepository;
import dev.pyprep.question.CodingTask;
import dev.pyprep.question.Questions;
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

    SubmissionService(SubmissionRepository submissions, TestResultRepository results, Questions questions,
                      GradingSettings settings, ApplicationEventPublisher events, JdbcClient jdbc, JsonMapper json) {
        this.submissions = submissions;
        this.results = results;
        this.questions = questions;
        this.settings = settings;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
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
        String customInput = request.customInput();
        String custom = request.purpose() == Purpose.RUN && customInput != null && !customInput.isBlank() ? customInput : null;
        if (custom != null) {
            if (custom.length() > 64 * 1024) {
                throw new BadSubmissionException("Custom input is limited to 64 KB.");
            }
            JobFactory.customInput(task.mode(), custom, json); // reject malformed input now, with a clear message
        }
        // Serialise one person's submissions so two quick clicks cannot both slip under the limit.
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", 7_000_000_000L + request.accountId()).query().singleRow();
        if (submissions.countByAccountIdAndStatusNot(request.accountId(), SubmissionStatus.GRADED) >= settings.maxQueuedPerUser()) {
            throw new TooManyQueuedException(settings.maxQueuedPerUser());
        }
        Submission saved = submissions.save(new Submission(request.accountId(), task.questionId(), task.versionId(),
                request.purpose(), request.origin(), request.originRef(), code, custom));
        events.publishEvent(new SubmissionQueued(saved.getId()));
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

    /** Someone's latest practice submissions of a question, newest first (at most 50). */
    @Transactional(readOnly = true)
    public List<SubmissionRecord> practiceHistory(long accountId, long questionId) {
        return submissions.findRecentForQuestion(accountId, questionId, Origin.PRACTICE).stream().map(Submission::record).toList();
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
