package dev.pyprep.question;

public enum Level {
    ENTRY, MID, SENIOR;

    public String slug() {
        return name().toLowerCase();
    }
}
