package dev.pyprep.sandbox;

import java.time.Duration;

/**
 * One run of the sandbox image: what goes to its stdin, how much memory it gets, how long it may take, and (optional)
 * the beginning of the line its program prints last when it finished normally: once that whole line is read, the run
 * is over (the container's exit is neither awaited nor asked about; it is removed in the background).
 */
public record SandboxRequest(byte[] stdin, int memoryMb, Duration wallClock, String doneMarker) {

    public SandboxRequest(byte[] stdin, int memoryMb, Duration wallClock) {
        this(stdin, memoryMb, wallClock, null);
    }
}
