package dev.pyprep.question;

/** How the server compares what the candidate's code produced with the expected value. */
public enum Comparator {
    EXACT, UNORDERED, FLOAT, TEXT, TEXT_TRAILING, TEXT_TOKENS;

    public boolean textual() {
        return this == TEXT || this == TEXT_TRAILING || this == TEXT_TOKENS;
    }
}
