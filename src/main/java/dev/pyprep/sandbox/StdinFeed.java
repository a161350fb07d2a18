package dev.pyprep.sandbox;

import java.io.InputStream;
import java.util.concurrent.CountDownLatch;

/**
 * A container's stdin, attached before the container starts and given its bytes later, once: a warm container waits
 * on it, blocked on the harness's first read, until a grading feeds it. Reading ends after those bytes (or at
 * {@link #close()}), which closes the container's stdin.
 */
final class StdinFeed extends InputStream {

    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile byte[] bytes = new byte[0];
    private int position;

    void feed(byte[] input) {
        bytes = input;
        ready.countDown();
    }

    @Override
    public void close() {
        ready.countDown();
    }

    private boolean await() {
        try {
            ready.await();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
        if (!await() || position >= bytes.length) {
            return -1;
        }
        int n = Math.min(length, bytes.length - position);
        System.arraycopy(bytes, position, buffer, offset, n);
        position += n;
        return n;
    }
}
