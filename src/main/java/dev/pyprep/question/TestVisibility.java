package dev.pyprep.question;

/** Who sees a test: samples are shown in full, hidden tests only as a verdict, custom input is the candidate's own. */
public enum TestVisibility {
    SAMPLE, HIDDEN, CUSTOM
}
