package dev.pyprep.practice;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A candidate's latest practice attempt at each question, in one query on this feature's own table. */
@Component
class AttemptHistory {

    private final JdbcClient jdbc;

    AttemptHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Progress.Latest> latest(long accountId) {
        Map<Long, Progress.Latest> latest = new HashMap<>();
        jdbc.sql("""
                        select distinct on (question_id) question_id, correct, self_rating, created_at
                        from answer_attempts where account_id = :me
                        order by question_id, created_at desc, id desc""")
                .param("me", accountId)
                .query((rs, i) -> {
                    String rating = rs.getString("self_rating");
                    Boolean correct = rs.getObject("correct") == null ? null : rs.getBoolean("correct");
                    return new Progress.Latest(rs.getLong("question_id"), correct,
                            rating == null ? null : SelfRating.valueOf(rating), rs.getTimestamp("created_at").toInstant());
                })
                .list().forEach(l -> latest.put(l.questionId(), l));
        return latest;
    }
}
