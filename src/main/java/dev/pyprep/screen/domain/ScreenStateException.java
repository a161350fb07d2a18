package dev.pyprep.screen.domain;

import dev.pyprep.system.UserError;

/** An action that the screen, invite or attempt is not in the state for; the message says why. */
public class ScreenStateException extends UserError {
    public ScreenStateException(String message) {
        super(message);
    }
}
