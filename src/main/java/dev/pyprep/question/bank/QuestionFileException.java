package dev.pyprep.question.bank;

/** A question file that cannot be imported; the message says exactly what is wrong. */
public class QuestionFileException extends RuntimeException {
    public QuestionFileException(String message) {
        super(message);
    }
}
