package dev.pyprep.practice;

/** How a candidate rates their own free-text answer after reading the model answer. */
public enum SelfRating {
    KNEW, PARTLY, NOT_YET
}
