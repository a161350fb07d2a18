package dev.pyprep.question.store;

import dev.pyprep.question.QuestionKind;
import dev.pyprep.question.folder.QuestionDefinition;
import dev.pyprep.question.folder.QuestionFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves parsed questions as new immutable versions, or recognises them as unchanged: one at a time (an admin's
 * publish) or a whole import at once, in one transaction with batched writes.
 */
@Component
class QuestionStore {

    enum Outcome { ADDED, NEW_VERSION, UNCHANGED }

    /** A parsed file to save. */
    record Item(QuestionDefinition def, String contentHash, String sourcePath, String sourceText) {
    }

    /** What happened to one item: an outcome, or the problem that kept it out. */
    record Saved(Item item, Outcome outcome, String problem) {
    }

    private record Current(long questionId, QuestionKind kind, int version, String contentHash) {
    }

    private final QuestionWriter writer;
    private final JdbcClient jdbc;

    QuestionStore(QuestionWriter writer, JdbcClient jdbc) {
        this.writer = writer;
        this.jdbc = jdbc;
    }

    /** Each question's slug and the content hash of its current version, in one query. */
    Map<String, String> currentHashes() {
        Map<String, String> hashes = new HashMap<>();
        current().forEach((slug, c) -> hashes.put(slug, c.contentHash()));
        return hashes;
    }

    /**
     * Each question's slug and the content hashes of its earlier versions (not the current one): a file with one of
     * these is older than the bank, whose question was edited since (in the browser, say).
     */
    Map<String, java.util.Set<String>> olderHashes() {
        Map<String, java.util.Set<String>> older = new HashMap<>();
        jdbc.sql("""
                        select q.slug, v.content_hash from questions q join question_versions v on v.question_id = q.id
                        where v.id <> q.current_version_id""")
                .query((rs, i) -> older.computeIfAbsent(rs.getString(1), k -> new java.util.HashSet<>()).add(rs.getString(2)))
                .list();
        return older;
    }

    private Map<String, Current> current() {
        Map<String, Current> current = new HashMap<>();
        jdbc.sql("""
                        select q.slug, q.id, q.kind, v.version, v.content_hash
                        from questions q join question_versions v on v.id = q.current_version_id""")
                .query((rs, i) -> current.put(rs.getString(1), new Current(rs.getLong(2), QuestionKind.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getString(5)))).list();
        return current;
    }

    @Transactional
    void saveTopics(Map<String, String> names) {
        names.forEach((slug, name) -> jdbc.sql("""
                        insert into topics (slug, name) values (:slug, :name)
                        on conflict (slug) do update set name = excluded.name where topics.name <> excluded.name""")
                .param("slug", slug).param("name", name).update());
    }

    @Transactional
    Outcome save(QuestionDefinition def, String contentHash, String sourcePath, String sourceText) {
        Saved saved = saveAll(List.of(new Item(def, contentHash, sourcePath, sourceText))).getFirst();
        if (saved.problem() != null) {
            throw new QuestionFileException(saved.problem());
        }
        return saved.outcome();
    }

    /**
     * Saves every item that is new or changed, in this one transaction; an item whose kind differs from its
     * question's is kept out with its problem. Two servers importing at once wait for each other.
     */
    @Transactional
    List<Saved> saveAll(List<Item> items) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('pyprep-question-import'))").query().singleRow();
        Map<String, Current> current = current();
        List<Saved> saved = new ArrayList<>();
        List<QuestionWriter.Pending> pending = new ArrayList<>();
        for (Item item : items) {
            QuestionDefinition def = item.def();
            Current c = current.get(def.slug());
            if (c != null && c.contentHash().equals(item.contentHash())) {
                saved.add(new Saved(item, Outcome.UNCHANGED, null));
            } else if (c != null && c.kind() != def.kind()) {
                saved.add(new Saved(item, null, "kind changed from " + c.kind().slug() + " to " + def.kind().slug()
                        + "; a question keeps its kind (use a new file name for a new question)"));
            } else {
                pending.add(new QuestionWriter.Pending(def, item.contentHash(), item.sourcePath(), item.sourceText(),
                        c == null ? null : c.questionId(), c == null ? 1 : c.version() + 1));
                saved.add(new Saved(item, c == null ? Outcome.ADDED : Outcome.NEW_VERSION, null));
            }
        }
        writer.write(pending);
        return saved;
    }
}
