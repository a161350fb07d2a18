package dev.pyprep.practice;

import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionSummary;
import dev.pyprep.question.Questions;
import dev.pyprep.question.TopicName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A candidate's progress over the practice questions, from their latest attempt at each: mastered means the latest
 * attempt was right (or rated "knew it"); a wrong answer, a "not yet"/"partly" rating or "show solution" after it
 * makes it not mastered again. What to review and when is the {@link ReviewCalendar}'s. Attempts come from this
 * feature's own table ({@link AttemptHistory}); the questions from the bank's in-memory catalog.
 */
@Component
public class Progress {

    public record Summary(long questions, long attempted, long mastered, List<TopicRow> topics, List<Item> notTried,
                          long notTriedCount) {
    }

    public record Cell(long total, long attempted, long mastered) {
        public int percent() {
            return total == 0 ? 0 : (int) Math.round(100.0 * mastered / total);
        }

        Cell plus(Cell other) {
            return new Cell(total + other.total, attempted + other.attempted, mastered + other.mastered);
        }
    }

    public record TopicRow(String topic, String name, Map<Level, Cell> levels, Cell all) {
    }

    public record Item(String slug, String title, String kind, String level) {
    }

    /** An attempt at one question (a reveal is an attempt that is not correct). */
    record Latest(long questionId, Boolean correct, SelfRating rating, boolean revealed, Instant at) {
        boolean mastered() {
            return Boolean.TRUE.equals(correct) || rating == SelfRating.KNEW;
        }
    }

    private static final int NOT_TRIED_LIMIT = 15;

    private final AttemptHistory history;
    private final Questions questions;

    Progress(AttemptHistory history, Questions questions) {
        this.history = history;
        this.questions = questions;
    }

    Summary of(long accountId) {
        Map<Long, Latest> latest = history.latest(accountId);
        List<QuestionSummary> practice = questions.catalog().stream().filter(q -> !q.screenOnly()).toList();
        Map<String, Map<Level, Cell>> cells = new HashMap<>();
        long attempted = 0, mastered = 0;
        List<Item> notTried = new ArrayList<>();
        for (QuestionSummary q : practice) {
            Latest l = latest.get(q.questionId());
            Cell cell = new Cell(1, l == null ? 0 : 1, l != null && l.mastered() ? 1 : 0);
            attempted += cell.attempted();
            mastered += cell.mastered();
            for (String topic : q.topics()) {
                cells.computeIfAbsent(topic, t -> new EnumMap<>(Level.class)).merge(q.level(), cell, Cell::plus);
            }
            if (l == null) {
                if (notTried.size() < NOT_TRIED_LIMIT) {
                    notTried.add(item(q));
                }
            }
        }
        List<TopicRow> topics = new ArrayList<>();
        for (TopicName topic : questions.topics()) {
            Map<Level, Cell> byLevel = cells.get(topic.slug());
            if (byLevel != null) {
                topics.add(row(topic, byLevel));
            }
        }
        return new Summary(practice.size(), attempted, mastered, topics, notTried, practice.size() - attempted);
    }

    private static TopicRow row(TopicName topic, Map<Level, Cell> byLevel) {
        Map<Level, Cell> levels = new LinkedHashMap<>();
        Cell all = new Cell(0, 0, 0);
        for (Level level : Level.values()) {
            Cell c = byLevel.getOrDefault(level, new Cell(0, 0, 0));
            levels.put(level, c);
            all = all.plus(c);
        }
        return new TopicRow(topic.slug(), topic.name(), levels, all);
    }

    private static Item item(QuestionSummary q) {
        return new Item(q.slug(), q.title(), q.kind().name().toLowerCase(Locale.ROOT), q.level().name().toLowerCase(Locale.ROOT));
    }
}
