package dev.pyprep.question.web;

import dev.pyprep.question.Questions;
import dev.pyprep.question.QuestionSummary;
import java.util.List;
import java.util.Set;
import dev.pyprep.question.store.TextSearch;
import org.springframework.stereotype.Component;

/**
 * The filtered, paged practice list: current versions of practice questions (screen-only ones never appear), filtered
 * in memory from the catalog; full-text search on title and prompt in PostgreSQL.
 */
@Component
class QuestionSearch {

    record Page(List<QuestionSummary> items, long total, int page, int pages) {
    }

    private final Questions questions;
    private final TextSearch textSearch;

    QuestionSearch(Questions questions, TextSearch textSearch) {
        this.questions = questions;
        this.textSearch = textSearch;
    }

    Page find(QuestionFilter filter) {
        Set<Long> matches = filter.text() == null ? null : textSearch.questionIds(filter.text());
        List<QuestionSummary> all = questions.catalog().stream()
                .filter(q -> !q.screenOnly())
                .filter(q -> filter.topic() == null || q.topics().contains(filter.topic()))
                .filter(q -> filter.level() == null || q.level() == filter.level())
                .filter(q -> filter.kind() == null || q.kind() == filter.kind())
                .filter(q -> matches == null || matches.contains(q.questionId()))
                .toList();
        int size = QuestionFilter.PAGE_SIZE;
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int from = Math.min(all.size(), filter.page() * size);
        return new Page(all.subList(from, Math.min(all.size(), from + size)), all.size(), filter.page(), pages);
    }

}
