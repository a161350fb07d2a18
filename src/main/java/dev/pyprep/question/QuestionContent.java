package dev.pyprep.question;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What makes a question of each kind answerable and markable: one record per kind. Parsed from a question file by
 * {@code QuestionFileParser}, stored and read back by one mapper. Holds the answer key, so it is server-side data:
 * candidates see a {@link QuestionView}, never this.
 */
public sealed interface QuestionContent {

    QuestionKind kind();

    /** A free-text question: the model answer and the rubric (key points) it is marked against. */
    record Concept(String modelAnswer, List<String> keyPoints, List<String> followUps, List<String> commonMistakes)
            implements QuestionContent {
        public Concept {
            keyPoints = List.copyOf(keyPoints);
            followUps = List.copyOf(followUps);
            commonMistakes = List.copyOf(commonMistakes);
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.CONCEPT;
        }
    }

    /** Options in display order; exactly one is correct. */
    record MultipleChoice(List<Option> options) implements QuestionContent {
        public MultipleChoice {
            options = List.copyOf(options);
        }

        public record Option(String text, boolean correct, String explanation) {
        }

        public int correctIndex() {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).correct()) {
                    return i;
                }
            }
            throw new IllegalStateException("a multiple-choice question without a correct option");
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.MULTIPLE_CHOICE;
        }
    }

    /** A snippet and exactly what it prints. */
    record PredictOutput(String snippet, String expectedOutput, String explanation) implements QuestionContent {

        /** Right when it prints the same, ignoring trailing white space on each line and trailing blank lines. */
        public boolean accepts(String answer) {
            return PrintedText.sameIgnoringTrailingSpace(answer, expectedOutput);
        }
        @Override
        public QuestionKind kind() {
            return QuestionKind.PREDICT_OUTPUT;
        }
    }

    /** A challenge: how the harness drives the code, the reference, the tests, the wrong solutions, the editorial. */
    record Coding(CodingMode mode, String entryPoint, String starter, String solution, String driver,
                  Comparator comparator, double tolerance, int timeLimitMs, int memoryMb, List<Test> tests,
                  List<WrongSolution> wrongSolutions, String editorial) implements QuestionContent {
        public Coding {
            tests = List.copyOf(tests);
            wrongSolutions = List.copyOf(wrongSolutions);
        }

        /** {@code input} is a JSON object with exactly one of args, args_expr, ops, ops_expr, stdin. */
        public record Test(String name, TestVisibility visibility, int weight, JsonNode input, JsonNode expected) {
            public boolean sample() {
                return visibility == TestVisibility.SAMPLE;
            }
        }

        public record WrongSolution(String label, String code) {
        }

        public long samples() {
            return tests.stream().filter(Test::sample).count();
        }

        public long hidden() {
            return tests.size() - samples();
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.CODING;
        }
    }
}
