package dev.pyprep.grading.queue;

import dev.pyprep.grading.BadSubmissionException;
import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.judge.GradingJob;
import dev.pyprep.question.CodingMode;
import dev.pyprep.question.CodingTask;
import dev.pyprep.question.Questions;
import dev.pyprep.question.TestVisibility;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds the job for a submission: RUN gets the samples (and custom input), SUBMIT gets samples first, then hidden tests. */
@Component
public class JobFactory {

    private final SubmissionRepository submissions;
    private final Questions questions;
    private final JsonMapper json;

    JobFactory(SubmissionRepository submissions, Questions questions, JsonMapper json) {
        this.submissions = submissions;
        this.questions = questions;
        this.json = json;
    }

    Submission load(long submissionId) {
        return submissions.findById(submissionId).orElseThrow();
    }

    GradingJob forSubmission(Submission s) {
        CodingTask task = questions.codingTask(s.getQuestionVersionId()).orElseThrow();
        List<GradingJob.Test> tests = new ArrayList<>();
        // Samples run before any hidden input is read by the harness, so code whose sample output is shown in full
        // never runs while hidden inputs are in its process.
        task.tests().stream().filter(t -> t.visibility() == TestVisibility.SAMPLE).forEach(t -> tests.add(test(t)));
        if (s.getPurpose() == Purpose.SUBMIT) {
            task.tests().stream().filter(t -> t.visibility() == TestVisibility.HIDDEN).forEach(t -> tests.add(test(t)));
        } else if (s.getCustomInput() != null) {
            int ordinal = task.tests().stream().mapToInt(CodingTask.Test::ordinal).max().orElse(0) + 1;
            tests.add(new GradingJob.Test(null, ordinal, TestVisibility.CUSTOM, 1,
                    customInput(task.mode(), s.getCustomInput(), json), null));
        }
        return new GradingJob(task.mode(), task.entryPoint(), s.getCode(), task.driver(), task.comparator(),
                task.tolerance(), task.timeLimitMs(), task.memoryMb(), tests);
    }

    private static GradingJob.Test test(CodingTask.Test t) {
        return new GradingJob.Test(t.id(), t.ordinal(), t.visibility(), t.weight(), t.input(), t.expected());
    }

    /** Custom input as the candidate typed it: JSON arguments, JSON operations, or raw stdin text. */
    public static JsonNode customInput(CodingMode mode, String text, JsonMapper json) {
        var node = json.createObjectNode();
        if (mode == CodingMode.STDIN) {
            return node.put("stdin", text);
        }
        JsonNode parsed;
        try {
            parsed = json.readTree(text);
        } catch (RuntimeException e) {
            throw new BadSubmissionException(mode == CodingMode.CLASS
                    ? "Custom input must be a JSON list of operations, like [[\"LRUCache\", 2], [\"put\", 1, 1]]."
                    : "Custom input must be a JSON list of arguments, like [[1, 2, 3], 4].");
        }
        if (!parsed.isArray() || (mode == CodingMode.CLASS && (parsed.isEmpty() || !parsed.get(0).isArray()))) {
            throw new BadSubmissionException(mode == CodingMode.CLASS
                    ? "Custom input must be a JSON list of operations, the first one naming the class."
                    : "Custom input must be a JSON list: one element per argument.");
        }
        return node.set(mode == CodingMode.CLASS ? "ops" : "args", parsed);
    }
}
