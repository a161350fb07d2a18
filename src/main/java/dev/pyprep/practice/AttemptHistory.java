package dev.pyprep.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A candidate's practice attempts (answers, graded submissions, reveals), in queries on this feature's own table. */
@Component
class AttemptHistory {

    private final JdbcClient jdbc;

    AttemptHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest attempt at each question. */
    Map<Long, Progress.Latest> latest(long accountId) {
        Map<Long, Progress.Latest> latest = new HashMap<>();
        jdbc.sql("""
                        select distinct on (question_id) question_id, correct, self_rating, revealed, created_at
                        from answer_attempts where account_id = :me
                        order by question_id, created_at desc, id desc""")
                .param("me", accountId)
                .query((rs, i) -> attempt(rs))
                .list().forEach(l -> latest.put(l.questionId(), l));
        return latest;
    }

    /** Every attempt made before {@code until}, oldest first (the activity chart replays them). */
    List<Progress.Latest> before(long accountId, Instant until) {
        return jdbc.sql("""
                        select question_id, correct, self_rating, revealed, created_at
                        from answer_attempts where account_id = :me and created_at < :until
                        order by created_at, id""")
                .param("me", accountId).param("until", Timestamp.from(until))
                .query((rs, i) -> attempt(rs)).list();
    }

    private static Progress.Latest attempt(ResultSet rs) throws SQLException {
        String rating = rs.getString("self_rating");
        Boolean correct = rs.getObject("correct") == null ? null : rs.getBoolean("correct");
        return new Progress.Latest(rs.getLong("question_id"), correct, rating == null ? null : SelfRating.valueOf(rating),
                rs.getBoolean("revealed"), rs.getTimestamp("created_at").toInstant());
    }
}
