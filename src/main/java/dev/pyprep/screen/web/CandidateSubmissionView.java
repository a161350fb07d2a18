package dev.pyprep.screen.web;

import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionRecord;
import dev.pyprep.grading.SubmissionStatus;
import dev.pyprep.grading.TestRecord;
import dev.pyprep.grading.Verdict;
import dev.pyprep.question.CodingTask;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A screen submission as the candidate sees it: samples and custom input in full; hidden tests only as a verdict
 * category, never their name, input, expected value, output or time. No score unless the screen shows scores.
 */
record CandidateSubmissionView(long id, Purpose purpose, SubmissionStatus status, Verdict verdict, String message,
                               List<Test> tests) {

    record Test(int ordinal, String visibility, String name, Verdict verdict, String input, String expected,
                String actual, String stdout, String stderr) {
    }

    static CandidateSubmissionView of(SubmissionRecord s, List<TestRecord> results, CodingTask task) {
        Map<Long, CodingTask.Test> cases = task.tests().stream().collect(Collectors.toMap(CodingTask.Test::id, Function.identity()));
        List<Test> tests = results.stream().map(r -> switch (r.visibility()) {
            case HIDDEN -> new Test(r.ordinal(), "hidden", "Hidden test", r.verdict(), null, null, null, null, null);
            case SAMPLE -> {
                CodingTask.Test t = cases.get(r.testCaseId());
                yield new Test(r.ordinal(), "sample", t.name(), r.verdict(), t.inputText(), t.expectedText(), r.actual(),
                        r.stdout(), r.stderr());
            }
            case CUSTOM -> new Test(r.ordinal(), "custom", "Custom input", r.verdict(), s.customInput(), null, r.actual(),
                    r.stdout(), r.stderr());
        }).toList();
        String message = s.status() == SubmissionStatus.GRADED ? (s.verdict() == Verdict.ACCEPTED ? "All tests passed"
                : "Not all tests passed") : null;
        return new CandidateSubmissionView(s.id(), s.purpose(), s.status(), s.verdict(), message, tests);
    }
}
