package dev.pyprep.sandbox;

import java.util.List;

/** Runs untrusted code in a fresh, isolated, throwaway environment. */
public interface Sandbox {

    /** Runs one container to the end (or until it is killed) and removes it. */
    SandboxResult run(SandboxRequest request);

    /** Whether {@link #run} can be expected to work now; cheap enough to call before every job. */
    boolean available();

    /** Every container the platform started on this engine, by any node (for clean-up of what crashed nodes left). */
    List<SandboxContainer> containers();

    /** Removes a container, whatever its state; one that is already gone is fine. */
    void remove(String containerId);

    /** One line for people: whether the engine and the image are ready (or the image is being built), the pool. */
    default String statusLine() {
        return available() ? "ready" : "the Docker engine is not reachable";
    }

    /** The id of the image programs run in now (it changes when the image is rebuilt); null when unknown. */
    default String imageId() {
        return null;
    }

    /** Keeps warm containers ready from now on (the pool's size setting, or {@code defaultSize} when unset). */
    default void prewarm(int defaultSize) {
    }

    /** The ids of the warm containers waiting for a grading (they are this process's, alive, and not leftovers). */
    default java.util.Set<String> warmContainers() {
        return java.util.Set.of();
    }
}
