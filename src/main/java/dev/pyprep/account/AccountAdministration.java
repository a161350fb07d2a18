package dev.pyprep.account;

import dev.pyprep.system.UserError;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to accounts: find them, change a role, disable or enable, reset a password. A session
 * whose account was disabled, changed role or had its password reset ends at its next request
 * ({@link #sessionStillValid}). An administrator cannot lock themselves out, nor leave the platform without one.
 */
@Service
public class AccountAdministration {

    /** One page of the account list. */
    public record AccountPage(List<AccountView> items, long total, int page, int pages) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AccountPage search(String text, Role role, int page, int size) {
        String like = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        Page<Account> found = accounts.search(like, role, PageRequest.of(Math.max(0, page), size));
        if (found.getNumber() >= Math.max(1, found.getTotalPages()) && page > 0) {
            found = accounts.search(like, role, PageRequest.of(Math.max(0, found.getTotalPages() - 1), size));
        }
        return new AccountPage(found.getContent().stream().map(Account::view).toList(), found.getTotalElements(),
                found.getNumber(), Math.max(1, found.getTotalPages()));
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    @Transactional
    public AccountView changeRole(long actorId, long accountId, Role role) {
        Account account = find(accountId);
        if (account.getRole() == role) {
            throw new UserError(account.getEmail() + " already is " + role + ".");
        }
        if (accountId == actorId) {
            throw new UserError("You cannot change your own role: ask another administrator.");
        }
        if (account.getRole() == Role.ADMIN && !account.isDisabled() && accounts.countActiveAdmins() <= 1) {
            throw new UserError("This is the last active administrator: make someone else an administrator first.");
        }
        account.changeRole(role);
        return account.view();
    }

    @Transactional
    public AccountView disable(long actorId, long accountId) {
        Account account = find(accountId);
        if (accountId == actorId) {
            throw new UserError("You cannot disable your own account.");
        }
        if (account.isDisabled()) {
            throw new UserError(account.getEmail() + " is already disabled.");
        }
        if (account.getRole() == Role.ADMIN && accounts.countActiveAdmins() <= 1) {
            throw new UserError("This is the last active administrator: it cannot be disabled.");
        }
        account.disable(clock.instant());
        return account.view();
    }

    @Transactional
    public AccountView enable(long accountId) {
        Account account = find(accountId);
        if (!account.isDisabled()) {
            throw new UserError(account.getEmail() + " is not disabled.");
        }
        account.enable();
        return account.view();
    }

    /** Sets a random one-time password and returns it (shown once); the holder must change it at the next sign-in. */
    @Transactional
    public String resetPassword(long actorId, long accountId) {
        Account account = find(accountId);
        if (accountId == actorId) {
            throw new UserError("Change your own password on your account page, not by a reset.");
        }
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String temporary = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        account.resetPassword(passwordEncoder.encode(temporary));
        return temporary;
    }

    /**
     * Whether a signed-in session may go on: its account exists, is enabled, has the role and password the session
     * was signed in with.
     */
    @Transactional(readOnly = true)
    public boolean sessionStillValid(CurrentAccount session) {
        return accounts.findById(session.id())
                .filter(a -> !a.isDisabled() && a.getRole() == session.role() && a.getPasswordHash().equals(session.passwordHash()))
                .isPresent();
    }

    private Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> new UserError("There is no such account."));
    }
}
