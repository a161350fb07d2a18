package dev.pyprep.grading.web;

import dev.pyprep.grading.Submission;
import dev.pyprep.grading.SubmissionStatus;
import dev.pyprep.grading.TestResult;
import dev.pyprep.grading.TestResultRepository;
import dev.pyprep.question.TestCase;
import dev.pyprep.question.TestCaseRepository;
import dev.pyprep.question.TestDisplay;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

@Component
class SubmissionViews {

    private final TestResultRepository results;
    private final TestCaseRepository testCases;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    SubmissionViews(TestResultRepository results, TestCaseRepository testCases, JdbcClient jdbc, JsonMapper json) {
        this.results = results;
        this.testCases = testCases;
        this.jdbc = jdbc;
        this.json = json;
    }

    SubmissionView view(Submission s) {
        Map<Long, TestCase> cases = testCases.findByVersionIdOrderByOrdinal(s.getQuestionVersionId()).stream()
                .collect(Collectors.toMap(TestCase::getId, Function.identity()));
        boolean program = cases.values().stream().findFirst().map(c -> TestDisplay.isProgram(json, c.getInput())).orElse(false);
        var tests = results.findBySubmissionIdOrderByOrdinal(s.getId()).stream()
                .map(r -> test(r, cases.get(r.getTestCaseId()), s, program)).toList();
        Long position = s.getStatus() == SubmissionStatus.QUEUED ? positionOf(s.getId()) : null;
        return new SubmissionView(s.getId(), s.getPurpose(), s.getStatus(), s.getVerdict(), s.getScore(), s.getMessage(),
                position, s.getCreatedAt(), s.getGradedAt(), tests);
    }

    private SubmissionView.TestView test(TestResult r, TestCase testCase, Submission s, boolean program) {
        return switch (r.getVisibility()) {
            case HIDDEN -> new SubmissionView.TestView(r.getOrdinal(), "hidden", "Hidden test", r.getVerdict(), r.getTimeMs(),
                    null, null, null, null, null, null);
            case SAMPLE -> new SubmissionView.TestView(r.getOrdinal(), "sample", testCase.getName(), r.getVerdict(),
                    r.getTimeMs(), TestDisplay.input(json, testCase.getInput()), TestDisplay.expected(json, testCase.getExpected(), program),
                    display(r.getActual(), program), r.getStdout(), r.getStderr(), error(r));
            case CUSTOM -> new SubmissionView.TestView(r.getOrdinal(), "custom", "Custom input", r.getVerdict(), r.getTimeMs(),
                    s.getCustomInput(), null, display(r.getActual(), program), r.getStdout(), r.getStderr(), error(r));
        };
    }

    private String display(String actual, boolean program) {
        if (actual == null || program) {
            return actual;
        }
        try {
            return TestDisplay.python(json.readTree(actual));
        } catch (RuntimeException e) {
            return actual; // printed text of a program, not JSON
        }
    }

    private static SubmissionView.ErrorView error(TestResult r) {
        return r.getErrorType() == null ? null : new SubmissionView.ErrorView(r.getErrorType(), r.getErrorMessage(), r.getErrorLine());
    }

    private long positionOf(long id) {
        return jdbc.sql("""
                        select count(*) from submissions
                        where status = 'QUEUED' and (created_at, id) < (select created_at, id from submissions where id = :id)""")
                .param("id", id).query(Long.class).single();
    }
}
