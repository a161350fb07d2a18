package dev.pyprep.question;

import java.util.List;

/**
 * What a candidate may see of a question before answering it. Built only from candidate-safe fields: no model answer,
 * no option keys, no expected output, no reference solution, no hidden test.
 */
public record QuestionView(long versionId, int version, String slug, String title, QuestionKind kind, Level level,
                           List<String> topics, String promptHtml, List<String> hintsHtml, List<String> options,
                           String snippet, Coding coding) {

    public record Coding(CodingMode mode, String entryPoint, String starterCode, int timeLimitMs, List<Sample> samples,
                         int hiddenTests) {
    }

    /** A sample test, shown in full. */
    public record Sample(int ordinal, String name, String input, String expected) {
    }
}
