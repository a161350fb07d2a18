package dev.pyprep.screen.domain;

/** What a recruiter sets on a screen besides its questions. Pass mark is a percentage of the points. */
public record ScreenSettings(String title, String instructions, int timeLimitMinutes, int passMark, boolean shuffled,
                             boolean hintsAllowed, boolean showScore) {

    public ScreenSettings {
        title = title == null ? "" : title.strip();
        instructions = instructions == null ? "" : instructions;
        if (title.isEmpty() || title.length() > 200) {
            throw new ScreenStateException("A screen needs a title of at most 200 characters.");
        }
        if (instructions.length() > 20_000) {
            throw new ScreenStateException("Instructions are limited to 20000 characters.");
        }
        if (timeLimitMinutes < 1 || timeLimitMinutes > 600) {
            throw new ScreenStateException("The time limit must be between 1 and 600 minutes.");
        }
        if (passMark < 0 || passMark > 100) {
            throw new ScreenStateException("The pass mark is a percentage between 0 and 100.");
        }
    }
}
