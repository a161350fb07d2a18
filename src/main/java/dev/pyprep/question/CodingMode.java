package dev.pyprep.question;

/** How the harness drives the candidate's code: call a function, replay operations on a class, or run a program. */
public enum CodingMode {
    FUNCTION, CLASS, STDIN
}
