package dev.pyprep.screen.web;

import dev.pyprep.question.QuestionSummary;
import java.util.List;
import java.util.Locale;

/** The bank's list filters (topic, level, kind, search) over the whole catalog, screen-only questions included. */
record QuestionPicker(String topic, String level, String kind, String q) {

    static final int LIMIT = 50;

    List<QuestionSummary> apply(List<QuestionSummary> catalog) {
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        return catalog.stream()
                .filter(s -> blank(topic) || s.topics().contains(topic))
                .filter(s -> blank(level) || s.level().name().equalsIgnoreCase(level))
                .filter(s -> blank(kind) || s.kind().name().equalsIgnoreCase(kind))
                .filter(s -> text.isEmpty() || s.title().toLowerCase(Locale.ROOT).contains(text) || s.slug().contains(text))
                .limit(LIMIT)
                .toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
