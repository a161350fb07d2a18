package dev.pyprep.question.web;

import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The filtered, paged question list: current versions only, full-text search on title and prompt. */
@Component
class QuestionSearch {

    record Page(List<QuestionSummary> items, long total, int page, int pages) {
    }

    private final JdbcClient jdbc;

    QuestionSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page find(QuestionFilter filter) {
        StringBuilder where = new StringBuilder(" from questions q join question_versions v on v.id = q.current_version_id where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.topic() != null) {
            where.append(" and exists (select 1 from question_version_topics t where t.version_id = v.id and t.topic = :topic)");
            params.put("topic", filter.topic());
        }
        if (filter.level() != null) {
            where.append(" and v.level = :level");
            params.put("level", filter.level().name());
        }
        if (filter.kind() != null) {
            where.append(" and v.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.text() != null) {
            where.append(" and (v.search @@ websearch_to_tsquery('english', :text) or v.title ilike :like escape '!')");
            params.put("text", filter.text());
            params.put("like", "%" + filter.text().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        params.put("limit", QuestionFilter.PAGE_SIZE);
        params.put("offset", (long) filter.page() * QuestionFilter.PAGE_SIZE);
        String select = "select q.slug, v.title, v.kind, v.level, (select string_agg(t.topic, ',' order by t.topic)"
                + " from question_version_topics t where t.version_id = v.id) as topics";
        String order = " order by case v.level when 'ENTRY' then 0 when 'MID' then 1 else 2 end, v.title, q.slug"
                + " limit :limit offset :offset";
        List<QuestionSummary> items = new ArrayList<>(jdbc.sql(select + where + order)
                .params(params)
                .query((rs, i) -> new QuestionSummary(rs.getString("slug"), rs.getString("title"),
                        QuestionKind.valueOf(rs.getString("kind")), Level.valueOf(rs.getString("level")),
                        rs.getString("topics") == null ? List.of() : Arrays.asList(rs.getString("topics").split(","))))
                .list());
        int pages = (int) Math.max(1, (total + QuestionFilter.PAGE_SIZE - 1) / QuestionFilter.PAGE_SIZE);
        return new Page(items, total, filter.page(), pages);
    }
}
