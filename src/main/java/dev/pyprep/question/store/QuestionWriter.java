package dev.pyprep.question.store;

import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.folder.QuestionDefinition;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes new question versions with a few batched statements, however many there are: ids are taken from the
 * sequences in one query per table, then each table gets one batch insert, and finally the questions point at their
 * new current versions. The caller holds the transaction (one for a whole import).
 */
@Component
class QuestionWriter {

    /** A version to write: a new question ({@code questionId} null) or a new version of an existing one. */
    record Pending(QuestionDefinition def, String contentHash, String sourcePath, String sourceText, Long questionId,
                   int version) {
    }

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final ContentMapper content;
    private final JsonMapper json;

    QuestionWriter(JdbcTemplate jdbc, ContentMapper content, JsonMapper json) {
        this.jdbc = jdbc;
        this.content = content;
        this.json = json;
    }

    /** Writes the versions and makes each its question's current one. Returns the new version ids, in order. */
    List<Long> write(List<Pending> pending) {
        if (pending.isEmpty()) {
            return List.of();
        }
        List<Pending> fresh = pending.stream().filter(p -> p.questionId() == null).toList();
        Iterator<Long> newQuestionIds = ids("questions_id_seq", fresh.size()).iterator();
        List<Long> questionIds = new ArrayList<>();
        for (Pending p : pending) {
            questionIds.add(p.questionId() != null ? p.questionId() : newQuestionIds.next());
        }
        List<Long> versionIds = ids("question_versions_id_seq", pending.size());
        batch("insert into questions (id, slug, kind) values (?, ?, ?)", indexes(pending, p -> p.questionId() == null), (ps, i) -> {
            ps.setLong(1, questionIds.get(i));
            ps.setString(2, pending.get(i).def().slug());
            ps.setString(3, pending.get(i).def().kind().name());
        });
        batch("""
                insert into question_versions (id, question_id, version, content_hash, source_path, title, kind, level,
                                               prompt_md, hints, details, screen_only, source_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", all(pending), (ps, i) -> {
            Pending p = pending.get(i);
            QuestionDefinition d = p.def();
            ps.setLong(1, versionIds.get(i));
            ps.setLong(2, questionIds.get(i));
            ps.setInt(3, p.version());
            ps.setString(4, p.contentHash());
            ps.setString(5, p.sourcePath());
            ps.setString(6, d.title());
            ps.setString(7, d.kind().name());
            ps.setString(8, d.level().name());
            ps.setString(9, d.prompt());
            ps.setString(10, json.writeValueAsString(d.hints()));
            ps.setString(11, content.details(d.content()));
            ps.setBoolean(12, d.screenOnly());
            ps.setString(13, p.sourceText());
        });
        List<Object[]> topics = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            for (String topic : pending.get(i).def().topics()) {
                topics.add(new Object[]{versionIds.get(i), topic});
            }
        }
        jdbc.batchUpdate("insert into question_version_topics (version_id, topic) values (?, ?)", topics);
        writeCoding(pending, versionIds);
        batch("update questions set current_version_id = ? where id = ?", all(pending), (ps, i) -> {
            ps.setLong(1, versionIds.get(i));
            ps.setLong(2, questionIds.get(i));
        });
        return versionIds;
    }

    private void writeCoding(List<Pending> pending, List<Long> versionIds) {
        List<Object[]> specs = new ArrayList<>();
        List<Object[]> tests = new ArrayList<>();
        List<Object[]> wrongs = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            QuestionContent.Coding c = pending.get(i).def().coding();
            if (c == null) {
                continue;
            }
            long v = versionIds.get(i);
            specs.add(new Object[]{v, c.mode().name(), c.entryPoint(), c.starter(), c.solution(), c.driver(),
                    c.comparator().name(), c.tolerance(), c.timeLimitMs(), c.memoryMb(), c.editorial()});
            for (int t = 0; t < c.tests().size(); t++) {
                QuestionContent.Coding.Test test = c.tests().get(t);
                tests.add(new Object[]{v, t + 1, test.name(), test.visibility().name(), test.weight(),
                        json.writeValueAsString(test.input()), json.writeValueAsString(test.expected())});
            }
            for (int w = 0; w < c.wrongSolutions().size(); w++) {
                wrongs.add(new Object[]{v, w + 1, c.wrongSolutions().get(w).label(), c.wrongSolutions().get(w).code()});
            }
        }
        jdbc.batchUpdate("""
                insert into coding_specs (version_id, mode, entry_point, starter_code, reference_solution, driver, comparator,
                                          tolerance, time_limit_ms, memory_mb, editorial)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", specs,
                new int[]{Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.DOUBLE, Types.INTEGER, Types.INTEGER, Types.VARCHAR});
        jdbc.batchUpdate("""
                insert into test_cases (version_id, ordinal, name, visibility, weight, input, expected)
                values (?, ?, ?, ?, ?, ?, ?)""", tests);
        jdbc.batchUpdate("insert into wrong_solutions (version_id, ordinal, label, code) values (?, ?, ?, ?)", wrongs);
    }

    private List<Long> ids(String sequence, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)", Long.class, count);
    }

    private interface Row {
        void set(java.sql.PreparedStatement ps, int index) throws java.sql.SQLException;
    }

    private void batch(String sql, List<Integer> indexes, Row row) {
        jdbc.batchUpdate(sql, indexes, BATCH, (ps, i) -> row.set(ps, i));
    }

    private static List<Integer> all(List<Pending> pending) {
        return indexes(pending, p -> true);
    }

    private static List<Integer> indexes(List<Pending> pending, java.util.function.Predicate<Pending> which) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            if (which.test(pending.get(i))) {
                result.add(i);
            }
        }
        return result;
    }
}
