package dev.pyprep.screen.domain;

/** Something arrived after the attempt's deadline (or after it was submitted): refused, nothing saved is touched. */
public class DeadlinePassedException extends ScreenStateException {
    public DeadlinePassedException() {
        super("The time for this screen is over: this was not saved. Everything saved before the deadline is kept.");
    }
}
