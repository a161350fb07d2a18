package dev.pyprep.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Collects a stream up to a limit and remembers whether more was offered. */
final class CappedBuffer {
    private byte[] bytes = new byte[256];
    private int size;
    private final long limit;
    private boolean truncated;

    CappedBuffer(long limit) {
        this.limit = limit;
    }

    synchronized boolean append(byte[] chunk) {
        long room = limit - size;
        boolean fits = chunk.length <= room;
        int n = (int) Math.max(0, Math.min(chunk.length, room));
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + n, bytes.length * 2));
        }
        System.arraycopy(chunk, 0, bytes, size, n);
        size += n;
        truncated |= !fits;
        return fits;
    }

    synchronized boolean truncated() {
        return truncated;
    }

    synchronized int size() {
        return size;
    }

    /** Where {@code prefix} first occurs at or after {@code from}, or -1. */
    synchronized int indexOf(byte[] prefix, int from) {
        for (int i = Math.max(0, from); i + prefix.length <= size; i++) {
            if (Arrays.equals(bytes, i, i + prefix.length, prefix, 0, prefix.length)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a newline has arrived at or after {@code from}. */
    synchronized boolean newlineFrom(int from) {
        for (int i = Math.max(0, from); i < size; i++) {
            if (bytes[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    synchronized String text() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }
}
