package dev.pyprep.grading;

import dev.pyprep.system.UserError;

/** The candidate's request cannot be accepted as it is; the message tells them why. Nothing was stored. */
public class BadSubmissionException extends UserError {
    public BadSubmissionException(String message) {
        super(message);
    }
}
