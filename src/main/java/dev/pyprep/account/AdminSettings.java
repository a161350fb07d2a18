package dev.pyprep.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator. When both are blank and no admin exists, a one-time password is generated. */
@ConfigurationProperties("pyprep.admin")
record AdminSettings(String email, String password) {
    AdminSettings {
        email = email == null || email.isBlank() ? "admin@pyprep.local" : email.trim();
    }
}
