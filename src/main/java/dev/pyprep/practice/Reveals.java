package dev.pyprep.practice;

import dev.pyprep.question.Markdown;
import dev.pyprep.question.QuestionContent;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds the teaching material an answer reveals, from the version's typed answer key. */
@Component
class Reveals {

    private final Markdown markdown;

    Reveals(Markdown markdown) {
        this.markdown = markdown;
    }

    Reveal of(AnswerAttempt attempt, QuestionContent key) {
        List<Reveal.Option> options = new ArrayList<>();
        String expectedOutput = null, explanation = "", modelAnswer = "";
        List<String> keyPoints = List.of(), followUps = List.of(), mistakes = List.of();
        switch (key) {
            case QuestionContent.MultipleChoice m -> {
                for (int i = 0; i < m.options().size(); i++) {
                    QuestionContent.MultipleChoice.Option o = m.options().get(i);
                    options.add(new Reveal.Option(o.text(), o.correct(), attempt.getAnswer().trim().equals(String.valueOf(i)),
                            markdown.toHtml(o.explanation())));
                }
            }
            case QuestionContent.PredictOutput p -> {
                expectedOutput = p.expectedOutput();
                explanation = markdown.toHtml(p.explanation());
            }
            case QuestionContent.Concept c -> {
                modelAnswer = markdown.toHtml(c.modelAnswer());
                keyPoints = texts(c.keyPoints());
                followUps = texts(c.followUps());
                mistakes = texts(c.commonMistakes());
            }
            case QuestionContent.Coding c -> { }
        }
        return new Reveal(attempt.getId(), attempt.getAnswer(), attempt.getCorrect(), attempt.getSelfRating(), options,
                expectedOutput, explanation, modelAnswer, keyPoints, followUps, mistakes);
    }

    private List<String> texts(List<String> items) {
        return items.stream().map(markdown::toHtml).toList();
    }
}
