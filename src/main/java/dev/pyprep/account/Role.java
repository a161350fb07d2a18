package dev.pyprep.account;

public enum Role {
    CANDIDATE, RECRUITER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
