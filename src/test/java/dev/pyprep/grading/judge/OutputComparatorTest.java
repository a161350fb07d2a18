package dev.pyprep.grading.judge;

import static dev.pyprep.question.Comparator.EXACT;
import static dev.pyprep.question.Comparator.FLOAT;
import static dev.pyprep.question.Comparator.TEXT;
import static dev.pyprep.question.Comparator.TEXT_TOKENS;
import static dev.pyprep.question.Comparator.TEXT_TRAILING;
import static dev.pyprep.question.Comparator.UNORDERED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pyprep.question.Comparator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OutputComparatorTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private boolean matches(Comparator c, String expected, String actual) {
        return OutputComparator.matches(c, 1e-6, json.readTree(expected), json.readTree(actual));
    }

    @Test
    void exactTreatsIntegersAndFloatsByValue() {
        assertThat(matches(EXACT, "[1, 2.0, {\"a\": [3]}]", "[1.0, 2, {\"a\": [3]}]")).isTrue();
        assertThat(matches(EXACT, "[1, 2]", "[2, 1]")).isFalse();
        assertThat(matches(EXACT, "1", "\"1\"")).isFalse();
        assertThat(matches(EXACT, "true", "1")).isFalse();
        assertThat(matches(EXACT, "null", "null")).isTrue();
        assertThat(matches(EXACT, "{\"a\": 1}", "{\"a\": 1, \"b\": 2}")).isFalse();
    }

    @Test
    void unorderedComparesAsAMultiset() {
        assertThat(matches(UNORDERED, "[[1, 2], [3], 4]", "[4, [3], [1, 2]]")).isTrue();
        assertThat(matches(UNORDERED, "[1, 1, 2]", "[1, 2, 2]")).isFalse();
        assertThat(matches(UNORDERED, "[1, 2]", "[1, 2, 3]")).isFalse();
    }

    @Test
    void floatAllowsTheTolerance() {
        assertThat(matches(FLOAT, "[0.3, 1000000.0]", "[0.30000000000000004, 1000000.0000001]")).isTrue();
        assertThat(matches(FLOAT, "0.3", "0.31")).isFalse();
    }

    @Test
    void textComparators() {
        assertThat(matches(TEXT, "\"a\\nb\\n\"", "\"a\\nb\\n\"")).isTrue();
        assertThat(matches(TEXT, "\"a\\nb\\n\"", "\"a\\nb\"")).isFalse();
        assertThat(matches(TEXT_TRAILING, "\"a\\nb\\n\"", "\"a  \\nb\\n\\n\\n\"")).isTrue();
        assertThat(matches(TEXT_TRAILING, "\"a\\nb\"", "\" a\\nb\"")).isFalse();
        assertThat(matches(TEXT_TOKENS, "\"1 2\\n3\"", "\"1\\n2   3 \"")).isTrue();
        assertThat(matches(TEXT_TOKENS, "\"1 2 3\"", "\"1 23\"")).isFalse();
    }

    @Test
    void nanIsTypedAndMatchesOnlyNan() {
        assertThat(matches(EXACT, "{\"$float\": \"nan\"}", "{\"$float\": \"nan\"}")).isTrue();
        assertThat(matches(EXACT, "null", "{\"$float\": \"nan\"}")).isFalse();
        assertThat(matches(FLOAT, "1.5", "{\"$float\": \"nan\"}")).isFalse();
    }

    @Test
    void infinityIsNotTheStringInf() {
        assertThat(matches(EXACT, "\"inf\"", "{\"$float\": \"inf\"}")).isFalse();
        assertThat(matches(EXACT, "{\"$float\": \"-inf\"}", "{\"$float\": \"-inf\"}")).isTrue();
    }

    @Test
    void hugeIntegersAreComparedExactly() {
        String big = "1" + "0".repeat(3000);
        assertThat(OutputComparator.matches(EXACT, 0, ValueJson.mapper().readTree(big), ValueJson.mapper().readTree(big))).isTrue();
        assertThat(OutputComparator.matches(EXACT, 0, ValueJson.mapper().readTree(big),
                ValueJson.mapper().readTree(big.substring(0, 2999) + "1"))).isFalse();
    }

    @Test
    void unorderedCanonicalFormsCannotCollide() {
        // keys with separators, strings that look like numbers, objects that look like tagged numbers
        assertThat(matches(UNORDERED, "[{\"a=1, b\": 2}]", "[{\"a\": \"1, b=2\"}]")).isFalse();
        assertThat(matches(UNORDERED, "[1]", "[\"1\"]")).isFalse();
        assertThat(matches(UNORDERED, "[1]", "[[\"n\", \"1\"]]")).isFalse();
        assertThat(matches(UNORDERED, "[{\"b\": 1, \"a\": [1.0]}]", "[{\"a\": [1], \"b\": 1.00}]")).isTrue();
        assertThat(matches(UNORDERED, "[null, true]", "[true, null]")).isTrue();
    }
}
