package dev.pyprep.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import testsupport.DatabaseTest;
import testsupport.Rows;

/** The progress page's query: the latest attempt per question, for one candidate only. */
@DatabaseTest
@Import(AttemptHistory.class)
class AttemptHistoryTest {

    @Autowired
    AttemptHistory history;
    @Autowired
    Rows rows;

    @Test
    void theLatestAttemptPerQuestionWins() {
        long me = rows.account();
        long other = rows.account();
        long[] gil = rows.question("h-gil", "CONCEPT", "MID", "GIL", "p");
        long[] sum = rows.question("h-sum", "CODING", "ENTRY", "Sum", "p");
        rows.attempt(me, gil, null, "NOT_YET", "2026-01-01T10:00:00Z");
        rows.attempt(me, gil, null, "KNEW", "2026-01-02T10:00:00Z");
        rows.attempt(me, sum, true, null, "2026-01-03T10:00:00Z");
        rows.attempt(me, sum, false, null, "2026-01-04T10:00:00Z");
        rows.attempt(other, sum, true, null, "2026-01-05T10:00:00Z");

        var latest = history.latest(me);

        assertThat(latest).hasSize(2);
        assertThat(latest.get(gil[0]).rating()).isEqualTo(SelfRating.KNEW);
        assertThat(latest.get(gil[0]).mastered()).isTrue();
        assertThat(latest.get(sum[0]).correct()).isFalse();
        assertThat(latest.get(sum[0]).mastered()).isFalse();
        assertThat(history.latest(rows.account())).isEmpty();
    }
}
