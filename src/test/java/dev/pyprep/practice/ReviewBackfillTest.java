package dev.pyprep.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import testsupport.DatabaseTest;
import testsupport.Rows;

/**
 * V30's backfill: what the old "review next" list showed (a latest attempt that failed, or was rated "not yet" or
 * "partly") is put on the review schedule at step 0, due one day after that attempt; nothing else is scheduled.
 */
@DatabaseTest
class ReviewBackfillTest {

    @Autowired
    Rows rows;
    @Autowired
    JdbcClient jdbc;

    private record Scheduled(long questionId, int step, Instant dueAt, String lastResult) {
    }

    @Test
    void latestFailuresAndNotYetRatingsAreScheduledOneDayAfterTheAttempt() throws Exception {
        long me = rows.account();
        long[] failed = rows.question("bf-failed", "PREDICT_OUTPUT", "ENTRY", "Failed", "p");
        long[] notYet = rows.question("bf-not-yet", "CONCEPT", "MID", "Not yet", "p");
        long[] fixed = rows.question("bf-fixed", "MULTIPLE_CHOICE", "ENTRY", "Fixed", "p");
        long[] knew = rows.question("bf-knew", "CONCEPT", "MID", "Knew", "p");
        rows.attempt(me, failed, false, null, "2026-01-01T10:00:00Z");
        rows.attempt(me, failed, false, null, "2026-01-02T10:00:00Z");
        rows.attempt(me, notYet, null, "NOT_YET", "2026-01-03T08:30:00Z");
        rows.attempt(me, fixed, false, null, "2026-01-01T10:00:00Z");
        rows.attempt(me, fixed, true, null, "2026-01-04T10:00:00Z");
        rows.attempt(me, knew, null, "KNEW", "2026-01-05T10:00:00Z");

        String migration = Files.readString(Path.of("src/main/resources/db/migration/V30__review_schedule.sql"));
        jdbc.sql(migration.substring(migration.indexOf("insert into review_schedule"))).update();

        List<Scheduled> scheduled = jdbc.sql("""
                        select question_id, step, due_at, last_result from review_schedule where account_id = ?
                        order by due_at""")
                .param(me)
                .query((rs, i) -> new Scheduled(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
        assertThat(scheduled).containsExactly(
                new Scheduled(failed[0], 0, Instant.parse("2026-01-03T10:00:00Z"), "FAILED"),
                new Scheduled(notYet[0], 0, Instant.parse("2026-01-04T08:30:00Z"), "NOT_YET"));
    }
}
