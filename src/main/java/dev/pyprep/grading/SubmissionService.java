package dev.pyprep.grading;

import dev.pyprep.question.CodingSpec;
import dev.pyprep.question.CodingSpecRepository;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Accepts code for grading: checks the limits, stores it as QUEUED, and wakes a worker after the commit. */
@Service
public class SubmissionService {

    private final SubmissionRepository submissions;
    private final CodingSpecRepository specs;
    private final GradingSettings settings;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    SubmissionService(SubmissionRepository submissions, CodingSpecRepository specs, GradingSettings settings,
                      ApplicationEventPublisher events, JdbcClient jdbc, JsonMapper json) {
        this.submissions = submissions;
        this.specs = specs;
        this.settings = settings;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    public Submission submit(long accountId, long questionVersionId, Purpose purpose, String code, String customInput) {
        if (code == null || code.isBlank()) {
            throw new BadSubmissionException("There is no code to run.");
        }
        long size = code.getBytes(StandardCharsets.UTF_8).length;
        if (size > settings.maxCodeSize().toBytes()) {
            throw new CodeTooLargeException((size + 1023) / 1024, settings.maxCodeSize().toKilobytes());
        }
        CodingSpec spec = specs.findById(questionVersionId)
                .orElseThrow(() -> new BadSubmissionException("That question does not take code."));
        String custom = purpose == Purpose.RUN && customInput != null && !customInput.isBlank() ? customInput : null;
        if (custom != null) {
            if (custom.length() > 64 * 1024) {
                throw new BadSubmissionException("Custom input is limited to 64 KB.");
            }
            JobFactory.customInput(spec.getMode(), custom, json); // reject malformed input now, with a clear message
        }
        // Serialise one person's submissions so two quick clicks cannot both slip under the limit.
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", 7_000_000_000L + accountId).query().singleRow();
        if (submissions.countByAccountIdAndStatusNot(accountId, SubmissionStatus.GRADED) >= settings.maxQueuedPerUser()) {
            throw new TooManyQueuedException(settings.maxQueuedPerUser());
        }
        Submission saved = submissions.save(new Submission(accountId, questionVersionId, purpose, code, custom));
        events.publishEvent(new SubmissionQueued(saved.getId()));
        return saved;
    }
}
