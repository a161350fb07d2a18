package dev.pyprep.question;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Everything needed to run code against one coding question version. Server-side only: it holds the hidden tests'
 * inputs and every expected value.
 */
public record CodingTask(long versionId, long questionId, String slug, CodingMode mode, String entryPoint, String driver,
                         Comparator comparator, double tolerance, int timeLimitMs, int memoryMb, List<Test> tests) {

    public CodingTask {
        tests = List.copyOf(tests);
    }

    /** One stored test, with its input and expected value as the page shows them (for samples). */
    public record Test(long id, int ordinal, String name, TestVisibility visibility, int weight, JsonNode input,
                       JsonNode expected, String inputText, String expectedText) {
    }

    public boolean program() {
        return mode == CodingMode.STDIN;
    }
}
