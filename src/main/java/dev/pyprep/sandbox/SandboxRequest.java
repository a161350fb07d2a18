package dev.pyprep.sandbox;

import java.time.Duration;

/** One run of the sandbox image: what goes to its stdin, how much memory it gets, how long it may take. */
public record SandboxRequest(byte[] stdin, int memoryMb, Duration wallClock) {
}
