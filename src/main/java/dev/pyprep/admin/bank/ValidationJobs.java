package dev.pyprep.admin.bank;

import dev.pyprep.question.QuestionAuthoring;
import dev.pyprep.question.QuestionContent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queue of validations. The web process only enqueues and reads: proving code needs the sandbox, and that is
 * done by {@link ValidationRunner} where grading workers run. Questions with nothing to run (concept, multiple
 * choice) and files that do not parse are finished at once, without the sandbox.
 */
@Component
public class ValidationJobs {

    public enum Purpose { DRAFT, REVALIDATION }

    public enum Status { QUEUED, RUNNING, DONE }

    /** A job as pages show it; {@code report} is null until it is done. */
    public record Job(long id, Purpose purpose, String slug, String yamlHash, Status status, Boolean ok,
                      ValidationReport report, Instant createdAt, Instant finishedAt, long ahead) {
    }

    record Claim(long id, Purpose purpose, String slug, String yaml, String yamlHash) {
    }

    private final JdbcClient jdbc;
    private final QuestionAuthoring authoring;
    private final JsonMapper json;
    private final Clock clock;

    ValidationJobs(JdbcClient jdbc, QuestionAuthoring authoring, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.authoring = authoring;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public long enqueue(Purpose purpose, String slug, String yaml, Long requestedBy) {
        return enqueue(purpose, slug, yaml, requestedBy, null);
    }

    /** {@code sandboxImage}: the image id a re-validation is made for (null when unknown). */
    @Transactional
    public long enqueue(Purpose purpose, String slug, String yaml, Long requestedBy, String sandboxImage) {
        String hash = QuestionAuthoring.hashOf(yaml);
        long id = jdbc.sql("""
                        insert into validation_jobs (purpose, slug, yaml, yaml_hash, status, requested_by, created_at, sandbox_image)
                        values (:purpose, :slug, :yaml, :hash, 'QUEUED', :by, :now, :image) returning id""")
                .param("image", sandboxImage)
                .param("purpose", purpose.name()).param("slug", slug).param("yaml", yaml).param("hash", hash)
                .param("by", requestedBy).param("now", Timestamp.from(clock.instant())).query(Long.class).single();
        QuestionAuthoring.Check check = authoring.check(slug, yaml);
        if (!check.ok()) {
            finish(id, purpose, slug, hash, ValidationReport.problem("the file does not parse: "
                    + (check.line() == null ? "" : "line " + check.line() + ": ") + check.problem()));
        } else if (check.definition().content() instanceof QuestionContent.Concept
                || check.definition().content() instanceof QuestionContent.MultipleChoice) {
            finish(id, purpose, slug, hash, new ValidationReport(true, List.of(), List.of(), List.of(), List.of(), null));
        }
        return id;
    }

    /** Takes the oldest waiting job (or one whose runner died) for {@code node}. */
    @Transactional
    Optional<Claim> claim(String node, Duration lease) {
        return jdbc.sql("""
                        update validation_jobs set status = 'RUNNING', lease_owner = :node, started_at = cast(:now as timestamptz),
                               lease_until = cast(:now as timestamptz) + make_interval(secs => :secs)
                        where id = (select id from validation_jobs
                                    where status = 'QUEUED' or (status = 'RUNNING' and lease_until < cast(:now as timestamptz))
                                    order by id limit 1 for update skip locked)
                        returning id, purpose, slug, yaml, yaml_hash""")
                .param("node", node).param("now", Timestamp.from(clock.instant())).param("secs", (double) lease.toSeconds())
                .query((rs, i) -> new Claim(rs.getLong(1), Purpose.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .optional();
    }

    @Transactional
    void finish(long id, Purpose purpose, String slug, String hash, ValidationReport report) {
        finish(id, purpose, slug, hash, report, null);
    }

    /** {@code sandboxImage}: the image the job ran in, when the runner knows it. */
    @Transactional
    void finish(long id, Purpose purpose, String slug, String hash, ValidationReport report, String sandboxImage) {
        jdbc.sql("""
                        update validation_jobs set status = 'DONE', ok = :ok, result = :result, finished_at = :now,
                               lease_owner = null, lease_until = null, sandbox_image = coalesce(:image, sandbox_image)
                        where id = :id""")
                .param("id", id).param("image", sandboxImage).param("ok", report.ok()).param("result", json.writeValueAsString(report))
                .param("now", Timestamp.from(clock.instant())).update();
        if (purpose == Purpose.DRAFT) {
            authoring.recordValidation(slug, hash, report.ok(), report.summary());
        }
    }

    @Transactional(readOnly = true)
    public Optional<Job> find(long id) {
        return jdbc.sql("""
                        select j.*, (select count(*) from validation_jobs w where w.status = 'QUEUED' and w.id < j.id) as ahead
                        from validation_jobs j where j.id = :id""")
                .param("id", id).query((rs, i) -> job(rs)).optional();
    }

    /** The latest validation of a draft's slug, if any. */
    @Transactional(readOnly = true)
    public Optional<Job> latest(String slug, Purpose purpose) {
        return jdbc.sql("select id from validation_jobs where slug = :slug and purpose = :purpose order by id desc limit 1")
                .param("slug", slug).param("purpose", purpose.name()).query(Long.class).optional().flatMap(this::find);
    }

    /** The latest re-validation of each question, for those that failed. */
    @Transactional(readOnly = true)
    public List<Job> failedRevalidations() {
        return jdbc.sql("""
                        select j.*, 0 as ahead from validation_jobs j
                        where j.id in (select max(id) from validation_jobs where purpose = 'REVALIDATION' and status = 'DONE' group by slug)
                          and j.ok = false order by j.slug""")
                .query((rs, i) -> job(rs)).list();
    }

    /** Whether a re-validation of this question is waiting or running. */
    @Transactional(readOnly = true)
    public boolean revalidationPending(String slug) {
        return jdbc.sql("select count(*) from validation_jobs where slug = :slug and purpose = 'REVALIDATION' and status <> 'DONE'")
                .param("slug", slug).query(Long.class).single() > 0;
    }

    /** The sandbox image id of the latest re-validation, if one recorded it. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> lastRevalidatedImage() {
        return jdbc.sql("""
                        select sandbox_image from validation_jobs where purpose = 'REVALIDATION' and sandbox_image is not null
                        order by id desc limit 1""").query(String.class).optional();
    }

    @Transactional(readOnly = true)
    public long waiting() {
        return jdbc.sql("select count(*) from validation_jobs where status <> 'DONE'").query(Long.class).single();
    }

    private Job job(java.sql.ResultSet rs) throws java.sql.SQLException {
        String result = rs.getString("result");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Job(rs.getLong("id"), Purpose.valueOf(rs.getString("purpose")), rs.getString("slug"), rs.getString("yaml_hash"),
                Status.valueOf(rs.getString("status")), (Boolean) rs.getObject("ok"),
                result == null ? null : json.readValue(result, ValidationReport.class),
                rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant(), rs.getLong("ahead"));
    }
}
