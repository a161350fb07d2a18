package dev.pyprep.grading;

import dev.pyprep.system.UserError;

public class TooManyQueuedException extends UserError {
    public TooManyQueuedException(int limit) {
        super("You already have " + limit + " submissions waiting to be graded. Please wait for them to finish.");
    }
}
