package dev.pyprep.account;

import java.time.Instant;

/** An account as administrators list it. Never carries the password hash. */
public record AccountView(long id, String email, String displayName, Role role, boolean mustChangePassword,
                          Instant createdAt, boolean disabled) {
}
