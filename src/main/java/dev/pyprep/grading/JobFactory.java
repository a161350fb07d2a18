package dev.pyprep.grading;

import dev.pyprep.question.CodingMode;
import dev.pyprep.question.CodingSpec;
import dev.pyprep.question.CodingSpecRepository;
import dev.pyprep.question.TestCase;
import dev.pyprep.question.TestCaseRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds the job for a submission: RUN gets the samples (and custom input), SUBMIT gets samples first, then hidden tests. */
@Component
class JobFactory {

    private final SubmissionRepository submissions;
    private final CodingSpecRepository specs;
    private final TestCaseRepository testCases;
    private final JsonMapper json;

    JobFactory(SubmissionRepository submissions, CodingSpecRepository specs, TestCaseRepository testCases, JsonMapper json) {
        this.submissions = submissions;
        this.specs = specs;
        this.testCases = testCases;
        this.json = json;
    }

    Submission load(long submissionId) {
        return submissions.findById(submissionId).orElseThrow();
    }

    GradingJob forSubmission(Submission s) {
        CodingSpec spec = specs.findById(s.getQuestionVersionId()).orElseThrow();
        List<TestCase> all = testCases.findByVersionIdOrderByOrdinal(s.getQuestionVersionId());
        List<GradingJob.Test> tests = new ArrayList<>();
        // Samples run before any hidden input is read by the harness, so code whose sample output is shown in full
        // never runs while hidden inputs are in its process.
        all.stream().filter(TestCase::isSample).forEach(t -> tests.add(test(t, TestResult.Visibility.SAMPLE)));
        if (s.getPurpose() == Purpose.SUBMIT) {
            all.stream().filter(t -> !t.isSample()).forEach(t -> tests.add(test(t, TestResult.Visibility.HIDDEN)));
        } else if (s.getCustomInput() != null) {
            int ordinal = all.stream().mapToInt(TestCase::getOrdinal).max().orElse(0) + 1;
            tests.add(new GradingJob.Test(null, ordinal, TestResult.Visibility.CUSTOM, 1,
                    customInput(spec.getMode(), s.getCustomInput(), json), null));
        }
        return new GradingJob(spec.getMode(), spec.getEntryPoint(), s.getCode(), spec.getDriver(), spec.getComparator(),
                spec.getTolerance(), spec.getTimeLimitMs(), spec.getMemoryMb(), tests);
    }

    private GradingJob.Test test(TestCase t, TestResult.Visibility visibility) {
        return new GradingJob.Test(t.getId(), t.getOrdinal(), visibility, t.getWeight(), json.readTree(t.getInput()),
                json.readTree(t.getExpected()));
    }

    /** Custom input as the candidate typed it: JSON arguments, JSON operations, or raw stdin text. */
    static JsonNode customInput(CodingMode mode, String text, JsonMapper json) {
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
