package dev.pyprep.grading;

/** A test's or a submission's outcome. NOT_RUN is for tests after the first time or memory limit: they count as failed. */
public enum Verdict {
    ACCEPTED, WRONG_ANSWER, RUNTIME_ERROR, TIME_LIMIT_EXCEEDED, MEMORY_LIMIT_EXCEEDED, OUTPUT_LIMIT_EXCEEDED,
    SYNTAX_ERROR, INTERNAL_ERROR, NOT_RUN;

    public boolean passed() {
        return this == ACCEPTED;
    }
}
