package dev.pyprep.practice;

import dev.pyprep.question.Level;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A candidate's progress, from their latest attempt at each question: mastered means the latest attempt was right (or
 * rated "knew it"); to review means it was wrong or rated "not yet".
 */
@Component
public class Progress {

    public record Summary(long questions, long attempted, long mastered, List<TopicRow> topics, List<Item> review,
                   List<Item> notTried, long notTriedCount) {
    }

    public record Cell(long total, long attempted, long mastered) {
        public int percent() {
            return total == 0 ? 0 : (int) Math.round(100.0 * mastered / total);
        }
    }

    public record TopicRow(String topic, String name, Map<Level, Cell> levels, Cell all) {
    }

    public record Item(String slug, String title, String kind, String level, Instant when, String why) {
    }

    private static final String LATEST = """
            with latest as (
              select distinct on (v.question_id) v.question_id, a.correct, a.self_rating, a.created_at
              from answer_attempts a join question_versions v on v.id = a.question_version_id
              where a.account_id = :me
              order by v.question_id, a.created_at desc, a.id desc)
            """;

    private final JdbcClient jdbc;

    Progress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Summary of(long accountId) {
        Map<String, TopicRowBuilder> rows = new LinkedHashMap<>();
        jdbc.sql(LATEST + """
                        select t.topic, tp.name, cv.level, count(*) as total, count(l.question_id) as attempted,
                               count(*) filter (where l.correct or l.self_rating = 'KNEW') as mastered
                        from questions q
                        join question_versions cv on cv.id = q.current_version_id
                        join question_version_topics t on t.version_id = cv.id
                        join topics tp on tp.slug = t.topic
                        left join latest l on l.question_id = q.id
                        group by t.topic, tp.name, cv.level
                        order by tp.name""")
                .param("me", accountId)
                .query((rs, i) -> {
                    rows.computeIfAbsent(rs.getString("topic"), k -> new TopicRowBuilder(k, safeName(rs)))
                            .add(Level.valueOf(rs.getString("level")),
                                    new Cell(rs.getLong("total"), rs.getLong("attempted"), rs.getLong("mastered")));
                    return null;
                }).list();
        List<TopicRow> topics = rows.values().stream().map(TopicRowBuilder::build).toList();

        var totals = jdbc.sql(LATEST + """
                        select count(*) as total, count(l.question_id) as attempted,
                               count(*) filter (where l.correct or l.self_rating = 'KNEW') as mastered
                        from questions q left join latest l on l.question_id = q.id""")
                .param("me", accountId)
                .query((rs, i) -> new Cell(rs.getLong("total"), rs.getLong("attempted"), rs.getLong("mastered"))).single();

        List<Item> review = jdbc.sql(LATEST + """
                        select q.slug, cv.title, cv.kind, cv.level, l.created_at,
                               case when l.correct = false then 'failed' else 'rated not yet' end as why
                        from latest l join questions q on q.id = l.question_id
                        join question_versions cv on cv.id = q.current_version_id
                        where l.correct = false or l.self_rating = 'NOT_YET'
                        order by l.created_at, q.slug limit 20""")
                .param("me", accountId).query(Progress::item).list();

        List<Item> notTried = jdbc.sql(LATEST + """
                        select q.slug, cv.title, cv.kind, cv.level, null as created_at, null as why
                        from questions q join question_versions cv on cv.id = q.current_version_id
                        where not exists (select 1 from latest l where l.question_id = q.id)
                        order by case cv.level when 'ENTRY' then 0 when 'MID' then 1 else 2 end, cv.title limit 15""")
                .param("me", accountId).query(Progress::item).list();

        return new Summary(totals.total(), totals.attempted(), totals.mastered(), topics, review, notTried,
                totals.total() - totals.attempted());
    }

    private static String safeName(java.sql.ResultSet rs) {
        try {
            return rs.getString("name");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Item item(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        var when = rs.getTimestamp("created_at");
        return new Item(rs.getString("slug"), rs.getString("title"), rs.getString("kind").toLowerCase(),
                rs.getString("level").toLowerCase(), when == null ? null : when.toInstant(), rs.getString("why"));
    }

    private static final class TopicRowBuilder {
        private final String topic;
        private final String name;
        private final Map<Level, Cell> levels = new LinkedHashMap<>();

        TopicRowBuilder(String topic, String name) {
            this.topic = topic;
            this.name = name;
        }

        void add(Level level, Cell cell) {
            levels.put(level, cell);
        }

        TopicRow build() {
            Map<Level, Cell> all = new LinkedHashMap<>();
            long total = 0, attempted = 0, mastered = 0;
            for (Level level : Level.values()) {
                Cell c = levels.getOrDefault(level, new Cell(0, 0, 0));
                all.put(level, c);
                total += c.total();
                attempted += c.attempted();
                mastered += c.mastered();
            }
            return new TopicRow(topic, name, all, new Cell(total, attempted, mastered));
        }
    }

}
