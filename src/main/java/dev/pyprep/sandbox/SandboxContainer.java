package dev.pyprep.sandbox;

import java.time.Instant;

/** A container the platform started, as the engine lists it: which node started it, when, and whether it runs. */
public record SandboxContainer(String id, String node, Instant created, boolean running) {
}
