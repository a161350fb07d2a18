package dev.pyprep.grading;

import dev.pyprep.system.UserError;

public class TooManyQueuedException extends UserError {
    public TooManyQueuedException(String message) {
        super(message);
    }
}
