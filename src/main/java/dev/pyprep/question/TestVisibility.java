package dev.pyprep.question;

public enum TestVisibility {
    SAMPLE, HIDDEN
}
