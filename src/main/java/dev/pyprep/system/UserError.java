package dev.pyprep.system;

/**
 * Something a person asked for cannot be done as asked; the message says why, in words for them, and nothing was
 * stored. Pages answer it by going back to the form with the message (see {@code PageErrors}); the JSON API with a
 * 4xx and {"error": message}.
 */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
