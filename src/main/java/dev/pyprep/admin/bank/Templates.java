package dev.pyprep.admin.bank;

import dev.pyprep.question.QuestionKind;

/** The text a new question starts from, one per kind, in the questions/ format (see questions/README.md). */
final class Templates {

    private Templates() {
    }

    static String of(QuestionKind kind) {
        return switch (kind) {
            case CODING -> """
                    title: A new challenge
                    kind: coding
                    level: entry
                    topics: [basics]
                    prompt: |
                      Return the sum of `a` and `b`.
                    mode: function
                    entry_point: add
                    starter: |
                      def add(a, b):
                          ...
                    solution: |
                      def add(a, b):
                          return a + b
                    wrong_solutions:
                      - label: subtracts instead
                        code: |
                          def add(a, b):
                              return a - b
                    tests:
                      - {name: small, sample: true, args: [1, 2], expected: 3}
                      - {name: zero, args: [0, 0], expected: 0}
                      - {name: negative, args: [-1, 5], expected: 4}
                    """;
            case CONCEPT -> """
                    title: A new concept question
                    kind: concept
                    level: entry
                    topics: [basics]
                    prompt: |
                      Explain ...
                    model_answer: |
                      ...
                    key_points:
                      - ...
                    """;
            case MULTIPLE_CHOICE -> """
                    title: A new multiple-choice question
                    kind: multiple_choice
                    level: entry
                    topics: [basics]
                    prompt: |
                      Which ...?
                    options:
                      - {text: "The right answer", correct: true, explanation: "Because ..."}
                      - {text: "A wrong answer", explanation: "Because ..."}
                    """;
            case PREDICT_OUTPUT -> """
                    title: A new predict-the-output question
                    kind: predict_output
                    level: entry
                    topics: [basics]
                    prompt: |
                      What does this print?
                    snippet: |
                      print(1 + 1)
                    expected_output: |
                      2
                    explanation: |
                      ...
                    """;
        };
    }
}
