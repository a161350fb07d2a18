package dev.pyprep.screen.domain;

/** A recruiter's screen, or a mock interview a candidate set for themselves (never in recruiter lists). */
public enum ScreenKind {
    RECRUITER, MOCK
}
