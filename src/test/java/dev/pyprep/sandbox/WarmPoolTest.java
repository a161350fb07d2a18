package dev.pyprep.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When the pool starts replacements: at once only when a grading took the last ready container; otherwise after the
 * run ({@link WarmPool#replenish}), so that creating and starting a container does not compete with the tests for the
 * CPU. Containers are "started" on the calling thread here, so every check sees the pool's decision at once. (They are
 * never started on an engine: the pool only hands them out.)
 */
class WarmPoolTest {

    private final AtomicInteger started = new AtomicInteger();
    private final WarmPool pool = new WarmPool(
            memoryMb -> new AttachedContainer("c" + started.incrementAndGet(), memoryMb, 1 << 20, 1 << 20, id -> { }),
            id -> { }, 2, Duration.ofMinutes(3), new CallingThread());

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void takingWhileAnotherIsReadyStartsNothingUntilTheRunIsOver() {
        pool.warm(256);
        assertThat(started).hasValue(2);

        AttachedContainer first = pool.take(256);
        assertThat(first).isNotNull();
        assertThat(started).hasValue(2);
        assertThat(pool.ids()).hasSize(1).doesNotContain(first.id);

        pool.replenish(256);
        assertThat(started).hasValue(3);
        assertThat(pool.ids()).hasSize(2).doesNotContain(first.id);
    }

    @Test
    void takingTheLastReadyOneStartsItsReplacementAtOnce() {
        pool.warm(256);
        AttachedContainer first = pool.take(256);
        AttachedContainer second = pool.take(256);

        assertThat(List.of(first.id, second.id)).doesNotHaveDuplicates();
        assertThat(started).hasValue(4);
        assertThat(pool.ids()).hasSize(2).doesNotContain(first.id, second.id);
        pool.replenish(256); // the pool is full again: nothing more
        assertThat(started).hasValue(4);
    }

    @Test
    void aMemorySizeThePoolDoesNotKeepIsNeverStarted() {
        pool.warm(256);
        assertThat(pool.take(512)).isNull();
        pool.replenish(512);
        assertThat(started).hasValue(2);
    }

    /** Runs each task on the thread that submits it. */
    private static final class CallingThread extends AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void execute(Runnable task) {
            task.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
