package dev.pyprep.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart's layout: one column per day, bars and the mastered line on one scale, zero on the baseline. */
class ActivityChartTest {

    private static List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < ActivityChart.DAYS; i++) {
            days.add(LocalDate.of(2026, 3, 1).plusDays(i));
        }
        return days;
    }

    @Test
    void theTallestValueReachesTheTopAndZeroSitsOnTheBaseline() {
        long[] attempts = new long[ActivityChart.DAYS];
        long[] mastered = new long[ActivityChart.DAYS];
        attempts[29] = 4;
        mastered[29] = 2;

        ActivityChart chart = ActivityChart.of(days(), attempts, mastered, 0);

        assertThat(chart.columns()).hasSize(30);
        assertThat(chart.top()).isEqualTo(4);
        ActivityChart.Column last = chart.columns().getLast();
        assertThat(last.barY()).isEqualTo(chart.plotTop());
        assertThat(last.barY() + last.barHeight()).isEqualTo(chart.baseline());
        assertThat(last.pointY()).isEqualTo((chart.plotTop() + chart.baseline()) / 2);
        ActivityChart.Column first = chart.columns().getFirst();
        assertThat(first.barHeight()).isZero();
        assertThat(first.pointY()).isEqualTo(chart.baseline());
        assertThat(chart.masteredPoints().split(" ")).hasSize(30).startsWith(first.pointX() + "," + chart.baseline());
        assertThat(last.x() + 14).isLessThanOrEqualTo(chart.right());
        assertThat(chart.attempts()).isEqualTo(4);
        assertThat(chart.masteredNow()).isEqualTo(2);
        assertThat(chart.empty()).isFalse();
    }

    @Test
    void noActivityIsAnEmptyChart() {
        ActivityChart chart = ActivityChart.of(days(), new long[30], new long[30], 0);
        assertThat(chart.empty()).isTrue();
        assertThat(chart.top()).isEqualTo(1);
    }
}
