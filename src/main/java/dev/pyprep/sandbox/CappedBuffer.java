package dev.pyprep.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Collects a stream up to a limit and remembers whether more was offered. */
final class CappedBuffer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long limit;
    private boolean truncated;

    CappedBuffer(long limit) {
        this.limit = limit;
    }

    synchronized boolean append(byte[] chunk) {
        long room = limit - bytes.size();
        if (chunk.length > room) {
            bytes.write(chunk, 0, (int) Math.max(0, room));
            truncated = true;
            return false;
        }
        bytes.writeBytes(chunk);
        return true;
    }

    synchronized boolean truncated() {
        return truncated;
    }

    synchronized String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
