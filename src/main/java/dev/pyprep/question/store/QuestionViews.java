package dev.pyprep.question.store;

import dev.pyprep.question.CodingMode;
import dev.pyprep.question.CodingTask;
import dev.pyprep.question.Markdown;
import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.QuestionKind;
import dev.pyprep.question.QuestionView;
import dev.pyprep.question.TestDisplay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Builds what other features get of a stored version: candidate-safe views, coding tasks and answer keys. */
@Component
class QuestionViews {

    private final QuestionVersionRepository versions;
    private final CodingSpecRepository codingSpecs;
    private final TestCaseRepository testCases;
    private final ContentMapper content;
    private final Markdown markdown;
    private final JsonMapper json;

    QuestionViews(QuestionVersionRepository versions, CodingSpecRepository codingSpecs, TestCaseRepository testCases,
                  ContentMapper content, Markdown markdown, JsonMapper json) {
        this.versions = versions;
        this.codingSpecs = codingSpecs;
        this.testCases = testCases;
        this.content = content;
        this.markdown = markdown;
        this.json = json;
    }

    /** Copies over only what a candidate may see before answering. */
    @Transactional(readOnly = true)
    Optional<QuestionView> view(long versionId) {
        return versions.findById(versionId).map(v -> {
            List<String> hints = new ArrayList<>();
            json.readTree(v.getHints()).forEach(h -> hints.add(markdown.toHtml(h.asString())));
            QuestionContent c = v.getKind() == QuestionKind.CODING ? null : content.read(v);
            List<String> options = c instanceof QuestionContent.MultipleChoice m
                    ? m.options().stream().map(QuestionContent.MultipleChoice.Option::text).toList() : List.of();
            String snippet = c instanceof QuestionContent.PredictOutput p ? p.snippet() : null;
            QuestionView.Coding coding = v.getKind() == QuestionKind.CODING ? coding(v.getId()) : null;
            return new QuestionView(v.getId(), v.getVersion(), v.getQuestion().getSlug(), v.getTitle(), v.getKind(),
                    v.getLevel(), List.copyOf(v.getTopics()), markdown.toHtml(v.getPromptMarkdown()), hints, options,
                    snippet, coding);
        });
    }

    private QuestionView.Coding coding(long versionId) {
        CodingSpec spec = codingSpecs.findById(versionId).orElseThrow();
        List<QuestionView.Sample> samples = new ArrayList<>();
        int hidden = 0;
        for (TestCase test : testCases.findByVersionIdOrderByOrdinal(versionId)) {
            if (test.isSample()) {
                samples.add(new QuestionView.Sample(test.getOrdinal(), test.getName(), TestDisplay.input(json.readTree(test.getInput())),
                        TestDisplay.expected(json.readTree(test.getExpected()), spec.getMode() == CodingMode.STDIN)));
            } else {
                hidden++;
            }
        }
        return new QuestionView.Coding(spec.getMode(), spec.getEntryPoint(), spec.getStarterCode(), spec.getTimeLimitMs(),
                samples, hidden);
    }

    @Transactional(readOnly = true)
    Optional<CodingTask> codingTask(long versionId) {
        return versions.findById(versionId).flatMap(v -> codingSpecs.findById(versionId).map(spec -> {
            boolean program = spec.getMode() == CodingMode.STDIN;
            List<CodingTask.Test> tests = testCases.findByVersionIdOrderByOrdinal(versionId).stream().map(t -> {
                var input = json.readTree(t.getInput());
                var expected = json.readTree(t.getExpected());
                return new CodingTask.Test(t.getId(), t.getOrdinal(), t.getName(), t.getVisibility(), t.getWeight(), input,
                        expected, TestDisplay.input(input), TestDisplay.expected(expected, program));
            }).toList();
            return new CodingTask(versionId, v.getQuestion().getId(), v.getQuestion().getSlug(), spec.getMode(),
                    spec.getEntryPoint(), spec.getDriver(), spec.getComparator(), spec.getTolerance(), spec.getTimeLimitMs(),
                    spec.getMemoryMb(), tests);
        }));
    }

    @Transactional(readOnly = true)
    Optional<QuestionContent> answerKey(long versionId) {
        return versions.findById(versionId).map(content::read);
    }
}
