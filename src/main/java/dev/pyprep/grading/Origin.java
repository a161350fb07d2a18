package dev.pyprep.grading;

/** Where a submission was made: in practice, or inside a timed screen (which then owns it; practice ignores it). */
public enum Origin {
    PRACTICE, SCREEN
}
