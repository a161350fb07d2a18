package dev.pyprep.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds {@link QuestionView}s, copying over only what a candidate may see. */
@Component
public class QuestionViews {

    private final QuestionVersionRepository versions;
    private final CodingSpecRepository codingSpecs;
    private final TestCaseRepository testCases;
    private final Markdown markdown;
    private final JsonMapper json;

    QuestionViews(QuestionVersionRepository versions, CodingSpecRepository codingSpecs, TestCaseRepository testCases,
                  Markdown markdown, JsonMapper json) {
        this.versions = versions;
        this.codingSpecs = codingSpecs;
        this.testCases = testCases;
        this.markdown = markdown;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Optional<QuestionView> current(String slug) {
        return versions.findCurrent(slug).map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<QuestionView> version(long versionId) {
        return versions.findById(versionId).map(this::view);
    }

    private QuestionView view(QuestionVersion v) {
        JsonNode details = json.readTree(v.getDetails());
        List<String> hints = new ArrayList<>();
        json.readTree(v.getHints()).forEach(h -> hints.add(markdown.toHtml(h.asString())));
        List<String> options = new ArrayList<>();
        details.path("options").forEach(o -> options.add(o.path("text").asString()));
        String snippet = v.getKind() == QuestionKind.PREDICT_OUTPUT ? details.path("snippet").asString() : null;
        QuestionView.Coding coding = v.getKind() == QuestionKind.CODING ? coding(v.getId()) : null;
        return new QuestionView(v.getId(), v.getVersion(), v.getQuestion().getSlug(), v.getTitle(), v.getKind(),
                v.getLevel(), List.copyOf(v.getTopics()), markdown.toHtml(v.getPromptMarkdown()), hints, options, snippet,
                coding);
    }

    private QuestionView.Coding coding(long versionId) {
        CodingSpec spec = codingSpecs.findById(versionId).orElseThrow();
        List<QuestionView.Sample> samples = new ArrayList<>();
        int hidden = 0;
        for (TestCase test : testCases.findByVersionIdOrderByOrdinal(versionId)) {
            if (test.isSample()) {
                samples.add(new QuestionView.Sample(test.getOrdinal(), test.getName(), TestDisplay.input(json, test.getInput()),
                        TestDisplay.expected(json, test.getExpected(), spec.getMode() == CodingMode.STDIN)));
            } else {
                hidden++;
            }
        }
        return new QuestionView.Coding(spec.getMode(), spec.getEntryPoint(), spec.getStarterCode(), spec.getTimeLimitMs(),
                samples, hidden);
    }
}
