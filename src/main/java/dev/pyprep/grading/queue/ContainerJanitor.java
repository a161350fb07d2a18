package dev.pyprep.grading.queue;

import dev.pyprep.sandbox.Sandbox;
import dev.pyprep.sandbox.SandboxContainer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes sandbox containers that nobody will finish: those of registered nodes that are gone (no recent heartbeat
 * and no unexpired lease), and any older than the longest a container may live. Never a live node's working
 * container: a restarted server does not remove what its new workers (or another server's, or a bank validation
 * run's) have just started.
 */
class ContainerJanitor {

    private static final Logger log = LoggerFactory.getLogger(ContainerJanitor.class);

    private final Sandbox sandbox;
    private final GradingNodes nodes;
    private final Clock clock;
    private final Duration silence;
    private final Duration maxAge;

    ContainerJanitor(Sandbox sandbox, GradingNodes nodes, Clock clock, Duration silence, Duration maxAge) {
        this.sandbox = sandbox;
        this.nodes = nodes;
        this.clock = clock;
        this.silence = silence;
        this.maxAge = maxAge;
    }

    /** Returns how many containers it removed. */
    int sweep() {
        Set<String> gone = nodes.gone(silence);
        Instant tooOld = clock.instant().minus(maxAge);
        int removed = 0;
        for (SandboxContainer c : sandbox.containers()) {
            boolean orphan = gone.contains(c.node());
            boolean expired = c.created().isBefore(tooOld);
            if (orphan || expired) {
                sandbox.remove(c.id());
                removed++;
                log.info("Removed sandbox container {} of node {} ({})", c.id().substring(0, 12), c.node(),
                        orphan ? "the node is gone" : "older than " + maxAge.toSeconds() + " s");
            }
        }
        return removed;
    }
}
