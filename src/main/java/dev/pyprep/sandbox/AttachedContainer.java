package dev.pyprep.sandbox;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A created container with its output streams attached (each read separately, capped) and its stdin waiting for
 * input. Cold runs start it and feed it at once; the warm pool starts it ahead of need.
 */
final class AttachedContainer {

    final String id;
    final int memoryMb;
    final long createdNanos;
    final StdinFeed stdin = new StdinFeed();
    final CappedBuffer stdout;
    final CappedBuffer stderr;
    final AtomicBoolean flooded = new AtomicBoolean();
    final ResultCallback.Adapter<Frame> output;
    private volatile boolean ended;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile byte[] doneLine;
    private int searchFrom;
    private int doneAt = -1;
    private volatile boolean saidDone;

    AttachedContainer(String id, int memoryMb, long stdoutLimit, long stderrLimit, Consumer<String> kill) {
        this.id = id;
        this.memoryMb = memoryMb;
        this.createdNanos = System.nanoTime();
        this.stdout = new CappedBuffer(stdoutLimit);
        this.stderr = new CappedBuffer(stderrLimit);
        this.output = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                boolean fits = frame.getStreamType() == StreamType.STDERR
                        ? stderr.append(frame.getPayload()) : stdout.append(frame.getPayload());
                if (!fits && flooded.compareAndSet(false, true)) {
                    kill.accept(id);
                }
                if (frame.getStreamType() != StreamType.STDERR) {
                    checkDone();
                }
            }

            @Override
            public void onComplete() {
                ended = true;
                finished.countDown();
                super.onComplete();
            }

            @Override
            public void onError(Throwable throwable) {
                ended = true;
                finished.countDown();
                super.onError(throwable);
            }
        };
    }

    /**
     * From now on, a complete stdout line beginning with {@code marker} counts as the end of the run: the program said
     * it finished, so the wait for its process to exit and the engine to close the streams is skipped.
     */
    void finishOnLine(String marker) {
        doneLine = marker == null ? null : marker.getBytes(StandardCharsets.UTF_8);
    }

    /** Waits until the program said it is done or its streams ended; false when the time ran out first. */
    boolean awaitFinished(long millis) throws InterruptedException {
        return finished.await(millis, TimeUnit.MILLISECONDS);
    }

    /** The program's done line arrived (and nothing overflowed), as opposed to the streams ending. */
    boolean saidDone() {
        return saidDone;
    }

    /** Looks at each stdout byte about once: where the done line begins, then whether its newline has come. */
    private synchronized void checkDone() {
        byte[] marker = doneLine;
        if (marker == null || saidDone || flooded.get()) {
            return;
        }
        if (doneAt < 0) {
            doneAt = stdout.indexOf(marker, searchFrom);
            if (doneAt < 0) {
                searchFrom = Math.max(0, stdout.size() - marker.length + 1);
                return;
            }
        }
        if (stdout.newlineFrom(doneAt + marker.length)) {
            saidDone = true;
            finished.countDown();
        }
    }

    /** The output streams ended: the container has exited (or the engine went away). */
    boolean ended() {
        return ended;
    }

    long ageMillis() {
        return (System.nanoTime() - createdNanos) / 1_000_000;
    }
}
