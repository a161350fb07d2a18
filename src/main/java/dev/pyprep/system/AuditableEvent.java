package dev.pyprep.system;

import java.time.Instant;

/**
 * Something a person decided that the audit log keeps: who ({@code actorId}, null for the system itself), what
 * ({@code action}, such as {@code question.published} or {@code screen.invite.revoked}), to which object
 * ({@code targetType} and {@code targetId}), with the state before and after as short text (JSON or a summary),
 * and when. Any module publishes it; the admin module stores it in an append-only log.
 */
public record AuditableEvent(Long actorId, String action, String targetType, String targetId, String before,
                             String after, Instant at) {

    public AuditableEvent {
        if (action == null || action.isBlank() || targetType == null || targetType.isBlank()) {
            throw new IllegalArgumentException("an audit event needs an action and a target type");
        }
        if (at == null) {
            throw new IllegalArgumentException("an audit event needs a time");
        }
    }
}
