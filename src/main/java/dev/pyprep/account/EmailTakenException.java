package dev.pyprep.account;

public class EmailTakenException extends RuntimeException {
    public EmailTakenException(String email) {
        super("An account with the email " + email + " already exists.");
    }
}
