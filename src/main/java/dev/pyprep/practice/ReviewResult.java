package dev.pyprep.practice;

/** What happened the last time a candidate met a question, as far as the review schedule cares. */
public enum ReviewResult {
    /** An accepted submission or a right answer. */
    SOLVED(true),
    /** A concept answer rated "knew it". */
    KNEW(true),
    /** A rejected submission or a wrong answer. */
    FAILED(false),
    NOT_YET(false),
    PARTLY(false),
    /** The candidate chose "show solution". */
    REVEALED(false);

    private final boolean success;

    ReviewResult(boolean success) {
        this.success = success;
    }

    public boolean success() {
        return success;
    }

    static ReviewResult of(SelfRating rating) {
        return switch (rating) {
            case KNEW -> KNEW;
            case PARTLY -> PARTLY;
            case NOT_YET -> NOT_YET;
        };
    }
}
