package dev.pyprep.screen.domain;

public enum InviteStatus {
    INVITED, OPENED, STARTED, SUBMITTED, EXPIRED, REVOKED;

    public boolean open() {
        return this == INVITED || this == OPENED;
    }
}
