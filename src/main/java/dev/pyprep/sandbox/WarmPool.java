package dev.pyprep.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warm, one-shot sandboxes: containers created and started ahead of need, with the same limits as any other, each
 * blocked on its harness's first read. A grading takes one (or, when none is ready, starts a cold one as before), and
 * a replacement is started in the background. A warm container never serves two gradings; one older than the maximum
 * age is thrown away and replaced; after an engine restart the pool refills by itself. One pool per memory size.
 */
final class WarmPool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WarmPool.class);

    private final IntFunction<AttachedContainer> start;
    private final Consumer<String> remove;
    private final int size;
    private final Duration maxAge;
    private final Map<Integer, ConcurrentLinkedDeque<AttachedContainer>> ready = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> starting = new ConcurrentHashMap<>();
    private final ExecutorService starter;
    private volatile boolean open = true;
    private volatile long engineDownUntil;

    WarmPool(IntFunction<AttachedContainer> start, Consumer<String> remove, int size, Duration maxAge, int starters) {
        this(start, remove, size, maxAge, Executors.newFixedThreadPool(Math.max(1, starters), Thread.ofPlatform().daemon(true)
                .name("sandbox-pool-", 0).factory()));
    }

    /** {@code starter} starts the containers (tests pass one that runs them on the calling thread). */
    WarmPool(IntFunction<AttachedContainer> start, Consumer<String> remove, int size, Duration maxAge, ExecutorService starter) {
        this.start = start;
        this.remove = remove;
        this.size = size;
        this.maxAge = maxAge;
        this.starter = starter;
    }

    int size() {
        return size;
    }

    java.util.Set<String> ids() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        ready.values().forEach(q -> q.forEach(c -> ids.add(c.id)));
        return ids;
    }

    /** Keeps {@code size} warm containers of this memory size from now on. */
    void warm(int memoryMb) {
        ready.computeIfAbsent(memoryMb, k -> new ConcurrentLinkedDeque<>());
        refill(memoryMb);
    }

    /**
     * A warm container of this memory size, or null (the caller starts a cold one). A replacement is started at once
     * only when none is left ready; otherwise the caller calls {@link #replenish} once its result is delivered, so
     * that starting the replacement does not compete with the run for the CPU.
     */
    AttachedContainer take(int memoryMb) {
        ConcurrentLinkedDeque<AttachedContainer> queue = ready.get(memoryMb);
        if (queue == null) {
            return null;
        }
        AttachedContainer c;
        while ((c = queue.pollFirst()) != null) {
            if (c.ageMillis() > maxAge.toMillis() || c.ended()) {
                discard(c); // too old, or it died (an engine restart)
                continue;
            }
            break;
        }
        if (c == null || queue.isEmpty()) {
            refill(memoryMb);
        }
        return c;
    }

    /** Starts what this memory size is short of (after a run whose container was taken from the pool). */
    void replenish(int memoryMb) {
        if (ready.containsKey(memoryMb)) {
            refill(memoryMb);
        }
    }

    private void refill(int memoryMb) {
        if (!open || System.currentTimeMillis() < engineDownUntil) {
            return;
        }
        ConcurrentLinkedDeque<AttachedContainer> queue = ready.get(memoryMb);
        AtomicInteger inFlight = starting.computeIfAbsent(memoryMb, k -> new AtomicInteger());
        while (queue.size() + inFlight.get() < size && open) {
            inFlight.incrementAndGet();
            starter.execute(() -> {
                try {
                    AttachedContainer c = start.apply(memoryMb);
                    if (open) {
                        queue.addLast(c);
                    } else {
                        discard(c);
                    }
                } catch (RuntimeException e) {
                    engineDownUntil = System.currentTimeMillis() + 5_000;
                    log.debug("Could not start a warm sandbox (retrying in 5 s): {}", e.getMessage());
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }
    }

    /** Replaces warm containers past their maximum age, and refills after the engine came back. */
    void maintain() {
        for (Map.Entry<Integer, ConcurrentLinkedDeque<AttachedContainer>> e : ready.entrySet()) {
            for (AttachedContainer c : List.copyOf(e.getValue())) {
                if ((c.ageMillis() > maxAge.toMillis() || c.ended()) && e.getValue().remove(c)) {
                    discard(c);
                }
            }
            refill(e.getKey());
        }
    }

    private void discard(AttachedContainer c) {
        c.stdin.close();
        remove.accept(c.id);
    }

    @Override
    public void close() {
        open = false;
        List<AttachedContainer> all = new ArrayList<>();
        ready.values().forEach(q -> {
            AttachedContainer c;
            while ((c = q.pollFirst()) != null) {
                all.add(c);
            }
        });
        all.forEach(this::discard);
        starter.shutdownNow();
    }
}
