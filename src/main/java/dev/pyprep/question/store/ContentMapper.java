package dev.pyprep.question.store;

import dev.pyprep.question.QuestionContent;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one place typed {@link QuestionContent} meets the database: non-coding content as the version's details JSON
 * (snake_case keys, as since the first schema), coding content as its spec, tests and wrong solutions.
 */
@Component
class ContentMapper {

    private final JsonMapper json;
    private final CodingSpecRepository specs;
    private final TestCaseRepository testCases;
    private final WrongSolutionRepository wrongSolutions;

    ContentMapper(JsonMapper json, CodingSpecRepository specs, TestCaseRepository testCases,
                  WrongSolutionRepository wrongSolutions) {
        this.json = json;
        this.specs = specs;
        this.testCases = testCases;
        this.wrongSolutions = wrongSolutions;
    }

    String details(QuestionContent content) {
        ObjectNode node = json.createObjectNode();
        switch (content) {
            case QuestionContent.Concept c -> {
                node.put("model_answer", c.modelAnswer());
                node.set("key_points", texts(c.keyPoints()));
                node.set("follow_ups", texts(c.followUps()));
                node.set("common_mistakes", texts(c.commonMistakes()));
            }
            case QuestionContent.MultipleChoice m -> {
                ArrayNode options = node.putArray("options");
                m.options().forEach(o -> options.addObject().put("text", o.text()).put("correct", o.correct())
                        .put("explanation", o.explanation()));
            }
            case QuestionContent.PredictOutput p -> node.put("snippet", p.snippet()).put("expected_output", p.expectedOutput())
                    .put("explanation", p.explanation());
            case QuestionContent.Coding ignored -> { }
        }
        return json.writeValueAsString(node);
    }

    QuestionContent read(QuestionVersion version) {
        JsonNode d = json.readTree(version.getDetails());
        return switch (version.getKind()) {
            case CONCEPT -> new QuestionContent.Concept(d.path("model_answer").asString(""), strings(d.path("key_points")),
                    strings(d.path("follow_ups")), strings(d.path("common_mistakes")));
            case MULTIPLE_CHOICE -> {
                List<QuestionContent.MultipleChoice.Option> options = new ArrayList<>();
                d.path("options").forEach(o -> options.add(new QuestionContent.MultipleChoice.Option(o.path("text").asString(""),
                        o.path("correct").asBoolean(false), o.path("explanation").asString(""))));
                yield new QuestionContent.MultipleChoice(options);
            }
            case PREDICT_OUTPUT -> new QuestionContent.PredictOutput(d.path("snippet").asString(""),
                    d.path("expected_output").asString(""), d.path("explanation").isString() ? d.path("explanation").asString() : null);
            case CODING -> coding(version.getId());
        };
    }

    private QuestionContent.Coding coding(long versionId) {
        CodingSpec spec = specs.findById(versionId).orElseThrow();
        List<QuestionContent.Coding.Test> tests = testCases.findByVersionIdOrderByOrdinal(versionId).stream()
                .map(t -> new QuestionContent.Coding.Test(t.getName(), t.getVisibility(), t.getWeight(),
                        json.readTree(t.getInput()), json.readTree(t.getExpected())))
                .toList();
        List<QuestionContent.Coding.WrongSolution> wrongs = wrongSolutions.findByVersionIdOrderByOrdinal(versionId).stream()
                .map(w -> new QuestionContent.Coding.WrongSolution(w.getLabel(), w.getCode())).toList();
        return new QuestionContent.Coding(spec.getMode(), spec.getEntryPoint(), spec.getStarterCode(),
                spec.getReferenceSolution(), spec.getDriver(), spec.getComparator(), spec.getTolerance(),
                spec.getTimeLimitMs(), spec.getMemoryMb(), tests, wrongs, spec.getEditorial());
    }

    private ArrayNode texts(List<String> items) {
        ArrayNode array = json.createArrayNode();
        items.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asString()));
        return result;
    }

}
