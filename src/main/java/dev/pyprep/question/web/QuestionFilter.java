package dev.pyprep.question.web;

import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionKind;
import java.util.Locale;

/** What the candidate asked the list for. Unknown values are ignored rather than failing the page. */
record QuestionFilter(String topic, Level level, QuestionKind kind, String text, int page) {

    static final int PAGE_SIZE = 20;

    static QuestionFilter of(String topic, String level, String kind, String text, Integer page) {
        return new QuestionFilter(blankToNull(topic), parse(Level.class, level), parse(QuestionKind.class, kind),
                blankToNull(text == null ? null : text.strip()), page == null || page < 0 ? 0 : page);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
