package dev.pyprep.practice;

import java.util.List;

/**
 * What a candidate sees after answering: their answer, whether it was right, and the teaching material that stays
 * hidden until then (option keys and explanations, the real output, the model answer and key points).
 */
public record Reveal(long attemptId, String answer, Boolean correct, SelfRating rating, List<Option> options,
              String expectedOutput, String explanationHtml, String modelAnswerHtml, List<String> keyPoints,
              List<String> followUps, List<String> commonMistakes) {

    public record Option(String text, boolean correct, boolean chosen, String explanationHtml) {
    }
}
