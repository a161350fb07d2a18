package dev.pyprep.screen.web;

import dev.pyprep.screen.domain.ScreenSettings;

/** The screen settings form; checkboxes absent from the request mean false. */
record ScreenForm(String title, String instructions, Integer timeLimitMinutes, Integer passMark, Boolean shuffled,
                  Boolean hintsAllowed, Boolean showScore) {

    ScreenSettings settings() {
        return new ScreenSettings(title, instructions, timeLimitMinutes == null ? 0 : timeLimitMinutes,
                passMark == null ? -1 : passMark, Boolean.TRUE.equals(shuffled), Boolean.TRUE.equals(hintsAllowed),
                Boolean.TRUE.equals(showScore));
    }

    static ScreenForm of(ScreenSettings s) {
        return new ScreenForm(s.title(), s.instructions(), s.timeLimitMinutes(), s.passMark(), s.shuffled(),
                s.hintsAllowed(), s.showScore());
    }

    static ScreenForm blank() {
        return new ScreenForm("", "", 60, 60, false, false, false);
    }
}
