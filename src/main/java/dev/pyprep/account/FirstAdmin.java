package dev.pyprep.account;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure an administrator exists. With PYPREP_ADMIN_EMAIL / PYPREP_ADMIN_PASSWORD it uses those; otherwise it
 * generates a one-time password, prints it once on the console (not through the logger), and forces a change at the
 * first sign-in.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final AdminSettings settings;

    FirstAdmin(AccountRepository accounts, AccountService accountService, AdminSettings settings) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return;
        }
        boolean given = settings.password() != null && !settings.password().isBlank();
        String password = given ? settings.password() : generate();
        accountService.create(settings.email(), "Administrator", password, Role.ADMIN, !given);
        if (given) {
            log.info("Created the first administrator {} from the environment", settings.email());
        } else {
            log.info("Created the first administrator {} with a one-time password (printed on the console)", settings.email());
            System.out.println("\n=== PyPrep first administrator: " + settings.email() + " / " + password
                    + "  (one-time password: you must change it at first sign-in) ===\n");
        }
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
