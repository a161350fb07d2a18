package dev.pyprep.grading;

public enum Verdict {
    ACCEPTED, WRONG_ANSWER, RUNTIME_ERROR, TIME_LIMIT_EXCEEDED, MEMORY_LIMIT_EXCEEDED, OUTPUT_LIMIT_EXCEEDED,
    SYNTAX_ERROR, INTERNAL_ERROR;

    public boolean passed() {
        return this == ACCEPTED;
    }
}
