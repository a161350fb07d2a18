package dev.pyprep.practice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Attempts per day (bars) and questions mastered at the end of each day (a line) over the last 30 UTC days, laid out
 * for a server-rendered SVG: coordinates are computed here so the template only draws them.
 */
public record ActivityChart(List<Column> columns, long top, LocalDate from, LocalDate to, long attempts,
                            long masteredBefore, long masteredNow) {

    static final int DAYS = 30;
    public static final int WIDTH = 640, HEIGHT = 180;
    static final int LEFT = 34, TOP = 10, BOTTOM = 22, SLOT = 20, BAR = 14;
    static final int BASELINE = HEIGHT - BOTTOM;

    /** One day: the bar's box and the line's point. */
    public record Column(LocalDate date, long attempts, long mastered, int x, int barY, int barHeight, int pointX,
                         int pointY) {
    }

    static ActivityChart of(List<LocalDate> days, long[] attempts, long[] mastered, long masteredBefore) {
        long top = 1;
        for (int i = 0; i < days.size(); i++) {
            top = Math.max(top, Math.max(attempts[i], mastered[i]));
        }
        List<Column> columns = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < days.size(); i++) {
            int x = LEFT + i * SLOT + (SLOT - BAR) / 2;
            int height = scale(attempts[i], top);
            columns.add(new Column(days.get(i), attempts[i], mastered[i], x, BASELINE - height, height, x + BAR / 2,
                    BASELINE - scale(mastered[i], top)));
            total += attempts[i];
        }
        return new ActivityChart(List.copyOf(columns), top, days.getFirst(), days.getLast(), total, masteredBefore,
                mastered[days.size() - 1]);
    }

    private static int scale(long value, long top) {
        return (int) Math.round((double) (BASELINE - TOP) * value / top);
    }

    /** The mastered line as SVG polyline points. */
    public String masteredPoints() {
        return columns.stream().map(c -> c.pointX() + "," + c.pointY()).collect(Collectors.joining(" "));
    }

    public boolean empty() {
        return attempts == 0 && masteredNow == 0;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int baseline() {
        return BASELINE;
    }

    public int left() {
        return LEFT;
    }

    public int plotTop() {
        return TOP;
    }

    public int right() {
        return LEFT + DAYS * SLOT;
    }
}
