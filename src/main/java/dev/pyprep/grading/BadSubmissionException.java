package dev.pyprep.grading;

/** The candidate's request cannot be accepted as it is; the message tells them why. Nothing was stored. */
public class BadSubmissionException extends RuntimeException {
    public BadSubmissionException(String message) {
        super(message);
    }
}
