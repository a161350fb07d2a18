package dev.pyprep.practice;

import dev.pyprep.question.QuestionSummary;
import dev.pyprep.question.Questions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress page's view of the review schedule: what is due now (oldest first), how many come due on each of the
 * next 14 days, and what is coming. Days are UTC days (the page says so); overdue items count on today.
 */
@Component
class ReviewCalendar {

    static final int DAYS = 14;
    private static final int UPCOMING_LIMIT = 20;

    public record Entry(String slug, String title, String kind, Instant dueAt, ReviewResult lastResult, int step) {
        /** For the text pages show without scripts (local-time.js then shows the viewer's zone). */
        public LocalDateTime dueUtc() {
            return LocalDateTime.ofInstant(dueAt, ZoneOffset.UTC);
        }
    }

    public record Day(LocalDate date, long due, boolean today) {
    }

    /**
     * {@code steps}: how many reviews graduate an item (the number of intervals); {@code nextDue}: when the next item
     * not yet due comes due (null if none), when this board stops being true even if nothing else changes.
     */
    public record Board(List<Entry> due, List<Day> days, List<Entry> upcoming, long scheduled, int steps, Instant nextDue) {
        public long comingUp() {
            return days.stream().mapToLong(Day::due).sum();
        }
    }

    private final ReviewItemRepository items;
    private final Questions questions;
    private final ReviewSettings settings;
    private final Clock clock;

    ReviewCalendar(ReviewItemRepository items, Questions questions, ReviewSettings settings, Clock clock) {
        this.items = items;
        this.questions = questions;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Board of(long accountId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<Long, QuestionSummary> practice = questions.catalog().stream().filter(q -> !q.screenOnly())
                .collect(Collectors.toMap(QuestionSummary::questionId, Function.identity()));
        long[] perDay = new long[DAYS];
        List<Entry> due = new ArrayList<>();
        List<Entry> upcoming = new ArrayList<>();
        long scheduled = 0;
        Instant nextDue = null;
        for (ReviewItem item : items.scheduled(accountId)) {
            QuestionSummary q = practice.get(item.getQuestionId());
            if (q == null) {
                continue; // no longer a practice question
            }
            scheduled++;
            Entry entry = new Entry(q.slug(), q.title(), q.kind().slug(), item.getDueAt(), item.getLastResult(), item.getStep());
            if (item.dueBy(now)) {
                due.add(entry);
            } else {
                if (nextDue == null || item.getDueAt().isBefore(nextDue)) {
                    nextDue = item.getDueAt();
                }
                if (upcoming.size() < UPCOMING_LIMIT) {
                    upcoming.add(entry);
                }
            }
            long day = Math.max(0, ChronoUnit.DAYS.between(today, LocalDate.ofInstant(item.getDueAt(), ZoneOffset.UTC)));
            if (day < DAYS) {
                perDay[(int) day]++;
            }
        }
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            days.add(new Day(today.plusDays(i), perDay[i], i == 0));
        }
        return new Board(due, days, upcoming, scheduled, settings.intervals().size(), nextDue);
    }
}
