package dev.pyprep.admin.bank;

import dev.pyprep.question.Markdown;
import dev.pyprep.question.QuestionAuthoring;
import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.TestDisplay;
import dev.pyprep.question.folder.QuestionDefinition;
import java.util.List;
import org.springframework.stereotype.Component;

/** A draft rendered as candidates would read it (sanitised Markdown), or its parse problem and line. */
@Component
class DraftPreview {

    /** {@code html} fields are sanitised by {@link Markdown}; everything else is escaped by the template. */
    record View(String problem, Integer line, QuestionDefinition definition, String promptHtml, List<String> hintsHtml,
                List<Option> options, List<Sample> samples, long hidden, int wrongSolutions, String explanationHtml) {
    }

    record Option(String text, boolean correct) {
    }

    record Sample(String name, String input, String expected) {
    }

    private final QuestionAuthoring authoring;
    private final Markdown markdown;

    DraftPreview(QuestionAuthoring authoring, Markdown markdown) {
        this.authoring = authoring;
        this.markdown = markdown;
    }

    View of(String slug, String yaml) {
        QuestionAuthoring.Check check = authoring.check(slug, yaml);
        if (!check.ok()) {
            return new View(check.problem(), check.line(), null, null, List.of(), List.of(), List.of(), 0, 0, null);
        }
        QuestionDefinition def = check.definition();
        List<String> hints = def.hints().stream().map(markdown::toHtml).toList();
        List<Option> options = List.of();
        List<Sample> samples = List.of();
        long hidden = 0;
        int wrong = 0;
        String explanation = null;
        switch (def.content()) {
            case QuestionContent.MultipleChoice m -> options = m.options().stream().map(o -> new Option(o.text(), o.correct())).toList();
            case QuestionContent.Coding c -> {
                boolean program = c.mode() == dev.pyprep.question.CodingMode.STDIN;
                samples = c.tests().stream().filter(QuestionContent.Coding.Test::sample)
                        .map(t -> new Sample(t.name(), TestDisplay.input(t.input()), TestDisplay.expected(t.expected(), program))).toList();
                hidden = c.hidden();
                wrong = c.wrongSolutions().size();
                explanation = markdown.toHtml(c.editorial());
            }
            case QuestionContent.Concept c -> explanation = markdown.toHtml(c.modelAnswer());
            case QuestionContent.PredictOutput p -> explanation = markdown.toHtml(p.explanation());
        }
        return new View(null, null, def, markdown.toHtml(def.prompt()), hints, options, samples, hidden, wrong, explanation);
    }
}
