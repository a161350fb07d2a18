package dev.pyprep.sandbox;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This process's identity on the engine and in the grading queue: the host name (or configured id) plus a random
 * suffix, so that two processes on one host, or two replicas given the same id, never take each other's containers
 * or leases for their own.
 */
public record SandboxNode(String id) {

    public static SandboxNode create(SandboxSettings settings) {
        byte[] suffix = new byte[4];
        new SecureRandom().nextBytes(suffix);
        String base = settings.nodeBase().replaceAll("[^A-Za-z0-9_.-]", "-");
        return new SandboxNode(base + "-" + HexFormat.of().formatHex(suffix));
    }
}
