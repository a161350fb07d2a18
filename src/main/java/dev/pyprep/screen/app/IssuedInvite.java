package dev.pyprep.screen.app;

/** An invite just made or resent: the only moment its link exists in clear. {@code mailed} says whether mail went out. */
public record IssuedInvite(long inviteId, String email, String link, boolean mailed) {
}
