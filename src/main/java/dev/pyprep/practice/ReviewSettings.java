package dev.pyprep.practice;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The review schedule's spacing.
 *
 * @param intervals how long after each step an item comes back: a failure puts it at step 0 (the first interval), each
 *                  success on a due item moves it one step, a success at the last step graduates it
 */
@ConfigurationProperties("pyprep.practice.review")
public record ReviewSettings(@DefaultValue({"1d", "3d", "7d", "21d"}) List<Duration> intervals) {

    public ReviewSettings {
        if (intervals == null || intervals.isEmpty() || intervals.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("pyprep.practice.review.intervals needs at least one positive duration");
        }
        intervals = List.copyOf(intervals);
    }

    public static ReviewSettings defaults() {
        return new ReviewSettings(List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(21)));
    }

    Duration interval(int step) {
        return intervals.get(step);
    }

    int lastStep() {
        return intervals.size() - 1;
    }
}
