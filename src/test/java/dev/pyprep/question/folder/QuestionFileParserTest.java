package dev.pyprep.question.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pyprep.question.CodingMode;
import dev.pyprep.question.Comparator;
import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.QuestionKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionFileParserTest {

    private final QuestionFileParser parser = new QuestionFileParser(Set.of("basics", "strings"));

    private static final String CODING = """
            title: Add
            kind: coding
            level: entry
            topics: [basics]
            prompt: Add two numbers.
            mode: function
            entry_point: add
            starter: "def add(a, b): ..."
            solution: "def add(a, b): return a + b"
            tests:
              - {sample: true, args: [1, 2], expected: 3}
              - {args: [-1, 1], expected: 0, weight: 3}
            """;

    @Test
    void readsACodingQuestion() {
        QuestionDefinition def = parser.parse("add", CODING);
        assertThat(def.kind()).isEqualTo(QuestionKind.CODING);
        assertThat(def.level()).isEqualTo(Level.ENTRY);
        assertThat(def.coding().mode()).isEqualTo(CodingMode.FUNCTION);
        assertThat(def.coding().comparator()).isEqualTo(Comparator.EXACT);
        assertThat(def.coding().timeLimitMs()).isEqualTo(2000);
        assertThat(def.coding().tests()).hasSize(2);
        assertThat(def.coding().tests().get(1).sample()).isFalse();
        assertThat(def.coding().tests().get(1).weight()).isEqualTo(3);
    }

    @Test
    void namesTheProblemPrecisely() {
        assertProblem(CODING.replace("level: entry", "level: expert"), "'level' must be one of entry, mid, senior (was 'expert')");
        assertProblem(CODING.replace("topics: [basics]", "topics: [basics, gardening]"), "unknown topic 'gardening'");
        assertProblem(CODING.replace("title: Add\n", ""), "missing 'title'");
        assertProblem(CODING.replace("prompt:", "promt:"), "unknown field 'promt'");
        assertProblem(CODING.replace("args: [1, 2]", "stdin: '1 2'"), "test 1 needs exactly one of args or args_expr for mode function");
        assertProblem(CODING.replace("{sample: true, ", "{"), "at least one test must have 'sample: true'");
        assertProblem(CODING.replace("comparator", "x") + "comparator: text\n", "comparator 'text' does not fit mode 'function'");
        assertProblem("title: [unclosed", "invalid YAML");
        assertProblem("- just\n- a list\n", "a question file must be a YAML mapping");
    }

    @Test
    void multipleChoiceNeedsExactlyOneKey() {
        String mc = """
                title: Pick
                kind: multiple_choice
                level: mid
                topics: [basics]
                prompt: Which?
                options:
                  - {text: A, correct: true, explanation: Right.}
                  - {text: B, correct: true, explanation: Also right.}
                """;
        assertProblem(mc, "exactly one option must have 'correct: true' (found 2)");
        QuestionDefinition def = parser.parse("pick", mc.replace("B, correct: true", "B"));
        assertThat(def.content()).isInstanceOfSatisfying(QuestionContent.MultipleChoice.class,
                m -> assertThat(m.correctIndex()).isZero());
    }

    @Test
    void problemsNameTheirLine() {
        assertThatThrownBy(() -> parser.parse("q", CODING.replace("prompt:", "promt:")))
                .isInstanceOfSatisfying(QuestionFileException.class, e -> assertThat(e.line()).isEqualTo(5));
        assertThatThrownBy(() -> parser.parse("q", CODING.replace("  - {args: [-1, 1]", "  - {args: [-1, 1]]")))
                .isInstanceOfSatisfying(QuestionFileException.class, e -> assertThat(e.line()).isEqualTo(12));
    }

    @Test
    void screenOnlyAndEditorialAreRead() {
        QuestionDefinition def = parser.parse("add", CODING + "screen_only: true\neditorial: Add them.\n");
        assertThat(def.screenOnly()).isTrue();
        assertThat(def.coding().editorial()).isEqualTo("Add them.");
        assertThat(parser.parse("add", CODING).screenOnly()).isFalse();
        assertProblem(CODING + "screen_only: maybe\n", "'screen_only' must be true or false");
    }

    @Test
    void nonFiniteExpectedValuesAreTyped() {
        QuestionDefinition def = parser.parse("add", CODING.replace("expected: 0, weight: 3", "expected: .nan, weight: 3"));
        assertThat(def.coding().tests().get(1).expected().path("$float").asString()).isEqualTo("nan");
    }

    @Test
    void fileNamesMustBeSlugs() {
        assertThatThrownBy(() -> parser.parse("Two Sum", CODING)).hasMessageContaining("file name must be a slug");
    }

    private void assertProblem(String yaml, String message) {
        assertThatThrownBy(() -> parser.parse("q", yaml)).isInstanceOf(QuestionFileException.class).hasMessageContaining(message);
    }
}
