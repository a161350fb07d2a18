package dev.pyprep.admin.bank;

import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionAuthoring;
import dev.pyprep.question.QuestionKind;
import java.util.List;
import java.util.Locale;

/** The administrators' question list: a filter over every question and draft, and one page of the result. */
record BankListing(String text, QuestionKind kind, Level level, QuestionAuthoring.Status status, int page) {

    static final int PAGE_SIZE = 50;

    record Page(List<QuestionAuthoring.Entry> items, int total, int page, int pages) {
    }

    static BankListing of(String text, String kind, String level, String status, Integer page) {
        return new BankListing(text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT),
                parse(QuestionKind.class, kind), parse(Level.class, level), parse(QuestionAuthoring.Status.class, status),
                page == null || page < 0 ? 0 : page);
    }

    Page apply(List<QuestionAuthoring.Entry> entries) {
        List<QuestionAuthoring.Entry> all = entries.stream()
                .filter(e -> text == null || e.slug().contains(text) || e.title().toLowerCase(Locale.ROOT).contains(text))
                .filter(e -> kind == null || e.kind() == kind)
                .filter(e -> level == null || e.level() == level)
                .filter(e -> status == null || e.status() == status || (status == QuestionAuthoring.Status.DRAFT && e.hasDraft()))
                .toList();
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(page, pages - 1);
        int from = current * PAGE_SIZE;
        return new Page(all.subList(from, Math.min(all.size(), from + PAGE_SIZE)), all.size(), current, pages);
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
