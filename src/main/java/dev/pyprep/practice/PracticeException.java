package dev.pyprep.practice;

import dev.pyprep.system.UserError;

/** An answer that cannot be taken as given; the message says why, and nothing was stored. */
public class PracticeException extends UserError {
    public PracticeException(String message) {
        super(message);
    }
}
