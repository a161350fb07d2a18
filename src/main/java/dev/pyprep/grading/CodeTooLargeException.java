package dev.pyprep.grading;

public class CodeTooLargeException extends BadSubmissionException {
    public CodeTooLargeException(long sizeKb, long limitKb) {
        super("Your code is %d KB; the limit is %d KB. Nothing was submitted, and your code is still in the editor."
                .formatted(sizeKb, limitKb));
    }
}
