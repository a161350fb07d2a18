package dev.pyprep.question.folder;

/**
 * A question file that cannot be imported; the message says exactly what is wrong, and {@code line} (1-based) where,
 * when it is known.
 */
public class QuestionFileException extends RuntimeException {

    private final Integer line;

    public QuestionFileException(String message) {
        this(message, null);
    }

    public QuestionFileException(String message, Integer line) {
        super(message);
        this.line = line;
    }

    public Integer line() {
        return line;
    }

    /** The message with its line, as a person reads it: "line 12: missing 'expected' in test 3". */
    public String describe() {
        return line == null ? getMessage() : "line " + line + ": " + getMessage();
    }
}
