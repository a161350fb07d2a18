package dev.pyprep.practice;

/** An answer that cannot be taken as given; the message says why, and nothing was stored. */
public class PracticeException extends RuntimeException {
    public PracticeException(String message) {
        super(message);
    }
}
