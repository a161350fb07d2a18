package dev.pyprep.practice;

/**
 * A practice challenge's editorial and reference solution as its page shows them: both null while {@link #unlock} is
 * LOCKED, so nothing that is not yet earned reaches the page.
 */
public record Solution(String slug, String title, Unlock unlock, String editorialHtml, String referenceSolution) {

    public enum Unlock {
        /** Neither solved nor revealed: the page offers "show solution". */
        LOCKED,
        /** An accepted practice submission. */
        SOLVED,
        /** The candidate chose "show solution" (and has not solved it since). */
        REVEALED
    }

    public boolean locked() {
        return unlock == Unlock.LOCKED;
    }
}
