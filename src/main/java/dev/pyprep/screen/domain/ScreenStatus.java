package dev.pyprep.screen.domain;

/** A screen is edited as a draft, taken once published, and closed to new invites when archived. */
public enum ScreenStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
