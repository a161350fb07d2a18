package dev.pyprep.grading;

public class TooManyQueuedException extends RuntimeException {
    public TooManyQueuedException(int limit) {
        super("You already have " + limit + " submissions waiting to be graded. Please wait for them to finish.");
    }
}
