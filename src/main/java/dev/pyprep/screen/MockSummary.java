package dev.pyprep.screen;

import java.math.BigDecimal;
import java.time.Instant;

/** One of a candidate's mock interviews, as their progress page lists it. */
public record MockSummary(long id, String title, int questions, int minutes, Instant startedAt, boolean finished,
                          BigDecimal score, int maxScore) {
}
