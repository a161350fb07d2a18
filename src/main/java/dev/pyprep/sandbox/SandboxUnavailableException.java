package dev.pyprep.sandbox;

/** The engine cannot run a container right now (down, unreachable, image missing). Work should wait, not fail. */
public class SandboxUnavailableException extends RuntimeException {
    public SandboxUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
