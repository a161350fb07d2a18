package dev.pyprep.question.store;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Full-text search over the current versions' titles and prompts (PostgreSQL), plus a plain substring match on titles. */
@Component
public class TextSearch {

    private final JdbcClient jdbc;

    TextSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the questions whose current version matches. {@code %}, {@code _} and {@code !} match literally. */
    public Set<Long> questionIds(String text) {
        String like = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return new HashSet<>(jdbc.sql("""
                        select q.id from questions q join question_versions v on v.id = q.current_version_id
                        where v.search @@ websearch_to_tsquery('english', :text) or v.title ilike :like escape '!'""")
                .param("text", text).param("like", like).query(Long.class).list());
    }
}
