package dev.pyprep.question.store;

import dev.pyprep.question.QuestionAuthoring;
import dev.pyprep.question.QuestionBankChanged;
import dev.pyprep.question.QuestionBankSettings;
import dev.pyprep.question.QuestionRef;
import dev.pyprep.question.QuestionSummary;
import dev.pyprep.question.Questions;
import dev.pyprep.question.TopicName;
import dev.pyprep.question.folder.QuestionDefinition;
import dev.pyprep.question.folder.QuestionFileException;
import dev.pyprep.question.folder.QuestionFileParser;
import dev.pyprep.system.UserError;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link QuestionAuthoring} on the question_drafts table and {@link QuestionStore}, the import's own path. */
@Service
class StoredAuthoring implements QuestionAuthoring {

    private final JdbcClient jdbc;
    private final QuestionStore store;
    private final QuestionCatalog catalog;
    private final Questions questions;
    private final QuestionBankSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StoredAuthoring(JdbcClient jdbc, QuestionStore store, QuestionCatalog catalog, Questions questions,
                    QuestionBankSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.catalog = catalog;
        this.questions = questions;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Check check(String slug, String yaml) {
        try {
            QuestionDefinition def = new QuestionFileParser(questions.topics().stream().map(TopicName::slug)
                    .collect(Collectors.toSet())).parse(slug, yaml);
            return new Check(def, null, null);
        } catch (QuestionFileException e) {
            return new Check(null, e.getMessage(), e.line());
        }
    }

    @Override
    @Transactional
    public Draft saveDraft(String slug, String yaml, long authorId) {
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 120) {
            throw new UserError("The slug must be lower-case words joined by '-', such as 'two-sum' (at most 120 characters).");
        }
        if (yaml == null || yaml.isBlank()) {
            throw new UserError("The question file is empty.");
        }
        Check check = check(slug, yaml);
        String path = sourcePath(slug).orElse(folderName() + "/" + slug + ".yaml");
        var now = java.sql.Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into question_drafts (slug, yaml, source_path, author_id, created_at, updated_at, parse_problem, parse_line)
                        values (:slug, :yaml, :path, :author, :now, :now, :problem, :line)
                        on conflict (slug) do update set yaml = excluded.yaml, author_id = excluded.author_id,
                            updated_at = excluded.updated_at, parse_problem = excluded.parse_problem, parse_line = excluded.parse_line""")
                .param("slug", slug).param("yaml", yaml).param("path", path).param("author", authorId).param("now", now)
                .param("problem", check.problem()).param("line", check.line()).update();
        return draft(slug).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Draft> draft(String slug) {
        return jdbc.sql("select * from question_drafts where slug = :slug").param("slug", slug).query(StoredAuthoring::draft).optional();
    }

    private static Draft draft(ResultSet rs, int i) throws SQLException {
        return new Draft(rs.getString("slug"), rs.getString("yaml"), rs.getString("source_path"), rs.getLong("author_id"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("parse_problem"), (Integer) rs.getObject("parse_line"), rs.getString("validated_hash"),
                (Boolean) rs.getObject("validation_ok"), rs.getString("validation_summary"));
    }

    @Override
    @Transactional
    public void discardDraft(String slug) {
        jdbc.sql("delete from question_drafts where slug = :slug").param("slug", slug).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> publishedSource(String slug) {
        return jdbc.sql("""
                        select v.source_text from questions q join question_versions v on v.id = q.current_version_id
                        where q.slug = :slug""").param("slug", slug).query(String.class).optional();
    }

    private Optional<String> sourcePath(String slug) {
        return jdbc.sql("""
                        select v.source_path from questions q join question_versions v on v.id = q.current_version_id
                        where q.slug = :slug""").param("slug", slug).query(String.class).optional();
    }

    private String folderName() {
        var name = settings.dir().toAbsolutePath().normalize().getFileName();
        return name == null ? "questions" : name.toString();
    }

    @Override
    @Transactional
    public void recordValidation(String slug, String yamlHash, boolean ok, String summary) {
        jdbc.sql("""
                        update question_drafts set validated_hash = :hash, validation_ok = :ok, validation_summary = :summary
                        where slug = :slug""")
                .param("slug", slug).param("hash", yamlHash).param("ok", ok).param("summary", summary).update();
    }

    @Override
    @Transactional
    public QuestionRef publish(String slug) {
        Draft draft = jdbc.sql("select * from question_drafts where slug = :slug for update").param("slug", slug)
                .query(StoredAuthoring::draft).optional()
                .orElseThrow(() -> new UserError("There is no draft of '" + slug + "' to publish."));
        if (draft.validatedHash() == null) {
            throw new UserError("Validate the draft before publishing it: nothing has proven it yet.");
        }
        if (draft.changedSinceValidation()) {
            throw new UserError("The draft changed since it was last validated: validate it again before publishing.");
        }
        if (!draft.publishable()) {
            throw new UserError("The draft's latest validation failed: fix it and validate again before publishing.");
        }
        Check check = check(slug, draft.yaml());
        if (!check.ok()) {
            throw new UserError("The draft no longer parses: " + (check.line() == null ? "" : "line " + check.line() + ": ")
                    + check.problem());
        }
        QuestionStore.Outcome outcome;
        try {
            outcome = store.save(check.definition(), draft.hash(), draft.sourcePath(), draft.yaml());
        } catch (QuestionFileException e) {
            throw new UserError("The draft cannot be published: " + e.getMessage());
        }
        jdbc.sql("delete from question_drafts where slug = :slug").param("slug", slug).update();
        events.publishEvent(new QuestionBankChanged(outcome == QuestionStore.Outcome.ADDED ? 1 : 0,
                outcome == QuestionStore.Outcome.NEW_VERSION ? 1 : 0));
        long versionId = jdbc.sql("select current_version_id from questions where slug = :slug").param("slug", slug)
                .query(Long.class).single();
        return questions.ref(versionId).orElseThrow();
    }

    @Override
    @Transactional
    public void retire(String slug) {
        setRetired(slug, true);
    }

    @Override
    @Transactional
    public void unretire(String slug) {
        setRetired(slug, false);
    }

    private void setRetired(String slug, boolean retired) {
        int changed = jdbc.sql("update questions set retired_at = " + (retired ? ":now" : "null") + " where slug = :slug and "
                        + (retired ? "retired_at is null" : "retired_at is not null"))
                .param("slug", slug).param("now", java.sql.Timestamp.from(clock.instant())).update();
        if (changed == 0) {
            boolean exists = jdbc.sql("select count(*) from questions where slug = :slug").param("slug", slug)
                    .query(Long.class).single() > 0;
            throw new UserError(!exists ? "There is no published question '" + slug + "'."
                    : retired ? "'" + slug + "' is already retired." : "'" + slug + "' is not retired.");
        }
        events.publishEvent(new QuestionBankChanged(0, 0));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> entries() {
        QuestionCatalog.Snapshot snapshot = catalog.get();
        Map<String, Draft> drafts = new HashMap<>();
        jdbc.sql("select * from question_drafts").query(StoredAuthoring::draft).list().forEach(d -> drafts.put(d.slug(), d));
        List<Entry> entries = new ArrayList<>();
        snapshot.all().forEach(q -> entries.add(entry(q, Status.PUBLISHED, drafts.remove(q.slug()) != null)));
        snapshot.retired().forEach(q -> entries.add(entry(q, Status.RETIRED, drafts.remove(q.slug()) != null)));
        for (Draft d : drafts.values()) {
            Check check = check(d.slug(), d.yaml());
            QuestionDefinition def = check.definition();
            entries.add(new Entry(null, d.slug(), def == null ? d.slug() : def.title(), def == null ? null : def.kind(),
                    def == null ? null : def.level(), def == null ? List.of() : List.copyOf(def.topics()),
                    def != null && def.screenOnly(), Status.DRAFT, 0, true, d.sourcePath()));
        }
        entries.sort(Comparator.comparing(Entry::slug));
        return entries;
    }

    private static Entry entry(QuestionSummary q, Status status, boolean hasDraft) {
        return new Entry(q.questionId(), q.slug(), q.title(), q.kind(), q.level(), q.topics(), q.screenOnly(), status, q.version(), hasDraft,
                q.sourcePath());
    }
}
