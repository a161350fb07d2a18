package dev.pyprep.question.bank;

import dev.pyprep.question.CodingMode;
import dev.pyprep.question.Comparator;
import java.util.List;
import java.util.Map;

public record CodingDefinition(CodingMode mode, String entryPoint, String starter, String solution, String driver,
                               Comparator comparator, double tolerance, int timeLimitMs, int memoryMb,
                               List<Test> tests, List<Wrong> wrongSolutions) {

    /** One test: {@code input} has exactly one of args, args_expr, ops, ops_expr, stdin. */
    public record Test(String name, boolean sample, int weight, Map<String, Object> input, Object expected) {
    }

    public record Wrong(String label, String code) {
    }
}
