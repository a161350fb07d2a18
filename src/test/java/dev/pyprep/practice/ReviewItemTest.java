package dev.pyprep.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review schedule's rules, on one item, with a fixed clock moved by hand. */
class ReviewItemTest {

    private static final ReviewSettings DEFAULTS = ReviewSettings.defaults();
    private Clock clock = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    private Instant now() {
        return clock.instant();
    }

    private void advance(Duration by) {
        clock = Clock.offset(clock, by);
    }

    private ReviewItem failedNow() {
        return ReviewItem.failed(1, 2, ReviewResult.FAILED, now(), DEFAULTS);
    }

    @Test
    void theDefaultIntervalsAreOneThreeSevenAndTwentyOneDays() {
        assertThat(DEFAULTS.intervals()).containsExactly(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7),
                Duration.ofDays(21));
    }

    @Test
    void aFailureSchedulesTheItemAtStepZeroDueInOneDay() {
        ReviewItem item = failedNow();

        assertThat(item.getStep()).isZero();
        assertThat(item.getDueAt()).isEqualTo(now().plus(Duration.ofDays(1)));
        assertThat(item.getLastResult()).isEqualTo(ReviewResult.FAILED);
        assertThat(item.dueBy(now())).isFalse();
        assertThat(item.dueBy(now().plus(Duration.ofDays(1)))).isTrue();
    }

    @Test
    void eachSuccessOnADueItemMovesItToTheNextIntervalAndTheLastGraduatesIt() {
        ReviewItem item = failedNow();
        int[] nextInterval = {3, 7, 21};
        for (int step = 1; step <= 3; step++) {
            advance(Duration.between(now(), item.getDueAt()));
            item.record(ReviewResult.SOLVED, now(), DEFAULTS);
            assertThat(item.getStep()).isEqualTo(step);
            assertThat(item.getDueAt()).isEqualTo(now().plus(Duration.ofDays(nextInterval[step - 1])));
        }
        advance(Duration.ofDays(21));
        item.record(ReviewResult.KNEW, now(), DEFAULTS);

        assertThat(item.graduated()).isTrue();
        assertThat(item.getDueAt()).isNull();
        assertThat(item.dueBy(now().plus(Duration.ofDays(365)))).isFalse();
        assertThat(item.getLastResult()).isEqualTo(ReviewResult.KNEW);
    }

    @Test
    void aSuccessBeforeTheItemIsDueDoesNotMoveIt() {
        ReviewItem item = failedNow();
        Instant due = item.getDueAt();
        advance(Duration.ofHours(2));

        item.record(ReviewResult.SOLVED, now(), DEFAULTS);

        assertThat(item.getStep()).isZero();
        assertThat(item.getDueAt()).isEqualTo(due);
        assertThat(item.getLastResult()).isEqualTo(ReviewResult.SOLVED);
    }

    @Test
    void aFailureAtAnyStepResetsToStepZeroDueInOneDay() {
        ReviewItem item = failedNow();
        advance(Duration.ofDays(1));
        item.record(ReviewResult.SOLVED, now(), DEFAULTS);
        advance(Duration.ofDays(3));
        item.record(ReviewResult.KNEW, now(), DEFAULTS);
        assertThat(item.getStep()).isEqualTo(2);
        advance(Duration.ofDays(1));

        item.record(ReviewResult.NOT_YET, now(), DEFAULTS);

        assertThat(item.getStep()).isZero();
        assertThat(item.getDueAt()).isEqualTo(now().plus(Duration.ofDays(1)));
    }

    @Test
    void aFailureAfterGraduatingBringsTheItemBack() {
        ReviewItem item = failedNow();
        for (int days : new int[]{1, 3, 7, 21}) {
            advance(Duration.ofDays(days));
            item.record(ReviewResult.SOLVED, now(), DEFAULTS);
        }
        assertThat(item.graduated()).isTrue();
        item.record(ReviewResult.SOLVED, now(), DEFAULTS);
        assertThat(item.graduated()).isTrue();

        item.record(ReviewResult.REVEALED, now(), DEFAULTS);

        assertThat(item.graduated()).isFalse();
        assertThat(item.getStep()).isZero();
        assertThat(item.getDueAt()).isEqualTo(now().plus(Duration.ofDays(1)));
    }

    @Test
    void revealingTheSolutionAndEveryNonSuccessCountAsFailures() {
        assertThat(ReviewResult.REVEALED.success()).isFalse();
        assertThat(ReviewResult.NOT_YET.success()).isFalse();
        assertThat(ReviewResult.PARTLY.success()).isFalse();
        assertThat(ReviewResult.FAILED.success()).isFalse();
        assertThat(ReviewResult.SOLVED.success()).isTrue();
        assertThat(ReviewResult.of(SelfRating.KNEW).success()).isTrue();
    }

    @Test
    void customIntervalsAreUsedInOrder() {
        ReviewSettings two = new ReviewSettings(List.of(Duration.ofHours(4), Duration.ofDays(2)));
        ReviewItem item = ReviewItem.failed(1, 2, ReviewResult.FAILED, now(), two);
        assertThat(item.getDueAt()).isEqualTo(now().plus(Duration.ofHours(4)));
        advance(Duration.ofHours(4));
        item.record(ReviewResult.SOLVED, now(), two);
        assertThat(item.getDueAt()).isEqualTo(now().plus(Duration.ofDays(2)));
        advance(Duration.ofDays(2));
        item.record(ReviewResult.SOLVED, now(), two);
        assertThat(item.graduated()).isTrue();
    }
}
