package dev.pyprep.question.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import testsupport.DatabaseTest;
import testsupport.Rows;

/** The question list's search query: stemmed full text on title and prompt, literal substrings on titles. */
@DatabaseTest
@Import(TextSearch.class)
class TextSearchTest {

    @Autowired
    TextSearch search;
    @Autowired
    Rows rows;

    @Test
    void findsByStemmedWordsInTitleOrPromptAndLiteralTitleFragments() {
        long[] closures = rows.question("ts-closures", "CONCEPT", "MID", "Late binding closures", "Why do lambdas in a loop share i?");
        long[] percent = rows.question("ts-percent", "CONCEPT", "ENTRY", "100% coverage_goal", "Is it worth it?");
        long[] other = rows.question("ts-other", "CONCEPT", "ENTRY", "Generators", "Yield values lazily.");

        assertThat(search.questionIds("closure")).contains(closures[0]).doesNotContain(other[0]);
        assertThat(search.questionIds("lambdas loop")).contains(closures[0]);
        assertThat(search.questionIds("yielding")).contains(other[0]);
        assertThat(search.questionIds("0% cov")).containsExactly(percent[0]);
        assertThat(search.questionIds("e_g")).contains(percent[0]).doesNotContain(closures[0]);
        assertThat(search.questionIds("%")).containsExactly(percent[0]);
        assertThat(search.questionIds("nothing like this")).isEmpty();
    }
}
