package dev.pyprep.sandbox;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
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
            }

            @Override
            public void onComplete() {
                ended = true;
                super.onComplete();
            }

            @Override
            public void onError(Throwable throwable) {
                ended = true;
                super.onError(throwable);
            }
        };
    }

    /** The output streams ended: the container has exited (or the engine went away). */
    boolean ended() {
        return ended;
    }

    long ageMillis() {
        return (System.nanoTime() - createdNanos) / 1_000_000;
    }
}
