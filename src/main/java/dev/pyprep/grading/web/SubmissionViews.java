package dev.pyprep.grading.web;

import dev.pyprep.grading.SubmissionRecord;
import dev.pyprep.grading.SubmissionService;
import dev.pyprep.grading.TestRecord;
import dev.pyprep.question.CodingTask;
import dev.pyprep.question.Questions;
import dev.pyprep.question.TestDisplay;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds what the author of a submission sees of it: samples and custom input in full, hidden tests as a verdict. */
@Component
class SubmissionViews {

    private final SubmissionService submissions;
    private final Questions questions;
    private final JsonMapper json;

    SubmissionViews(SubmissionService submissions, Questions questions, JsonMapper json) {
        this.submissions = submissions;
        this.questions = questions;
        this.json = json;
    }

    SubmissionView view(SubmissionRecord s) {
        CodingTask task = questions.codingTask(s.questionVersionId()).orElseThrow();
        Map<Long, CodingTask.Test> cases = task.tests().stream()
                .collect(Collectors.toMap(CodingTask.Test::id, Function.identity()));
        var tests = submissions.results(s.id()).stream()
                .map(r -> test(r, cases.get(r.testCaseId()), s, task.program())).toList();
        return new SubmissionView(s.id(), s.purpose(), s.status(), s.verdict(), s.score(), s.message(),
                submissions.queuePosition(s), s.createdAt(), s.gradedAt(), tests);
    }

    private SubmissionView.TestView test(TestRecord r, CodingTask.Test testCase, SubmissionRecord s, boolean program) {
        return switch (r.visibility()) {
            // A hidden test shows its verdict only: no time (the code could choose it), no output, no input.
            case HIDDEN -> new SubmissionView.TestView(r.ordinal(), "hidden", "Hidden test", r.verdict(), null,
                    null, null, null, null, null, null);
            case SAMPLE -> new SubmissionView.TestView(r.ordinal(), "sample", testCase.name(), r.verdict(), r.timeMs(),
                    testCase.inputText(), testCase.expectedText(), display(r.actual(), program), r.stdout(), r.stderr(), error(r));
            case CUSTOM -> new SubmissionView.TestView(r.ordinal(), "custom", "Custom input", r.verdict(), r.timeMs(),
                    s.customInput(), null, display(r.actual(), program), r.stdout(), r.stderr(), error(r));
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

    private static SubmissionView.ErrorView error(TestRecord r) {
        return r.errorType() == null ? null : new SubmissionView.ErrorView(r.errorType(), r.errorMessage(), r.errorLine());
    }
}
