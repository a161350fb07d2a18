package dev.pyprep.sandbox;

import java.time.Duration;

/** What came out of one container. stdout and stderr were read separately, each capped. */
public record SandboxResult(int exitCode, String stdout, String stderr, boolean timedOut, boolean oomKilled,
                            boolean outputTruncated, Duration wallTime) {
}
