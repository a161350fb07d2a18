package dev.pyprep.practice;

import dev.pyprep.question.Markdown;
import dev.pyprep.question.QuestionVersion;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Component
class Reveals {

    private final Markdown markdown;
    private final JsonMapper json;

    Reveals(Markdown markdown, JsonMapper json) {
        this.markdown = markdown;
        this.json = json;
    }

    Reveal of(AnswerAttempt attempt, QuestionVersion version) {
        JsonNode d = json.readTree(version.getDetails());
        List<Reveal.Option> options = new ArrayList<>();
        JsonNode raw = d.path("options");
        for (int i = 0; i < raw.size(); i++) {
            JsonNode o = raw.get(i);
            options.add(new Reveal.Option(o.path("text").asString(), o.path("correct").asBoolean(),
                    attempt.getAnswer().trim().equals(String.valueOf(i)), markdown.toHtml(o.path("explanation").asString())));
        }
        return new Reveal(attempt.getId(), attempt.getAnswer(), attempt.getCorrect(), attempt.getSelfRating(), options,
                d.path("expected_output").isString() ? d.path("expected_output").asString() : null,
                markdown.toHtml(d.path("explanation").asString("")), markdown.toHtml(d.path("model_answer").asString("")),
                texts(d.path("key_points")), texts(d.path("follow_ups")), texts(d.path("common_mistakes")));
    }

    private List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(markdown.toHtml(n.asString())));
        return result;
    }
}
