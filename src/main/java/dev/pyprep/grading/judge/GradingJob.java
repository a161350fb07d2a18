package dev.pyprep.grading.judge;

import dev.pyprep.question.CodingMode;
import dev.pyprep.question.Comparator;
import dev.pyprep.question.TestVisibility;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Everything needed to grade code against tests, independent of where it came from (a submission, bank validation). */
public record GradingJob(CodingMode mode, String entryPoint, String code, String driver, Comparator comparator,
                         double tolerance, int timeLimitMs, int memoryMb, List<Test> tests) {

    public GradingJob {
        tests = List.copyOf(tests);
    }

    /** {@code expected} is null for a candidate's custom input: it is run, not judged. */
    public record Test(Long testCaseId, int ordinal, TestVisibility visibility, int weight, JsonNode input,
                       JsonNode expected) {
    }
}
