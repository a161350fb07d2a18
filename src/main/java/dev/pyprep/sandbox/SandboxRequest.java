package dev.pyprep.sandbox;

import java.time.Duration;

/**
 * One run of the sandbox image: what goes to its stdin, how much memory it gets, how long it may take, and (optional)
 * the beginning of the line its program prints when it finished normally: with it seen, the engine need not be asked
 * how the container ended.
 */
public record SandboxRequest(byte[] stdin, int memoryMb, Duration wallClock, String doneMarker) {

    public SandboxRequest(byte[] stdin, int memoryMb, Duration wallClock) {
        this(stdin, memoryMb, wallClock, null);
    }
}
