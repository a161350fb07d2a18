package dev.pyprep.sandbox;

/** Runs untrusted code in a fresh, isolated, throwaway environment. */
public interface Sandbox {

    /** Runs one container to the end (or until it is killed) and removes it. */
    SandboxResult run(SandboxRequest request);

    /** Whether {@link #run} can be expected to work now; cheap enough to call before every job. */
    boolean available();
}
