package dev.pyprep.grading;

/** RUN: sample tests (and custom input) with full detail. SUBMIT: every test; hidden ones as pass/fail only. */
public enum Purpose {
    RUN, SUBMIT
}
