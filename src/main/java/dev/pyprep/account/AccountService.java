package dev.pyprep.account;

import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public AccountView create(String email, String displayName, String rawPassword, Role role, boolean mustChangePassword) {
        if (accounts.findByEmail(email.trim()).isPresent()) {
            throw new EmailTakenException(email.trim());
        }
        return accounts.save(new Account(email, displayName, passwordEncoder.encode(rawPassword), role, mustChangePassword))
                .view();
    }

    /**
     * Sign-up gives the same answer for a new and a taken email: the password is hashed either way (the same time),
     * and a taken email is left untouched. Returns whether an account was created.
     */
    @Transactional
    public boolean signUp(String email, String displayName, String rawPassword) {
        String hash = passwordEncoder.encode(rawPassword);
        if (accounts.findByEmail(email.trim()).isPresent()) {
            return false;
        }
        accounts.save(new Account(email, displayName, hash, Role.CANDIDATE, false));
        return true;
    }

    @Transactional
    public void changePassword(long accountId, String rawPassword) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.changePassword(passwordEncoder.encode(rawPassword));
    }

    @Transactional(readOnly = true)
    public List<AccountView> all() {
        return accounts.findAllByOrderByCreatedAtDesc().stream().map(Account::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> byEmail(String email) {
        return accounts.findByEmail(email.trim()).map(Account::view);
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> byId(long id) {
        return accounts.findById(id).map(Account::view);
    }

    public boolean passwordMatches(long accountId, String rawPassword) {
        return accounts.findById(accountId)
                .map(a -> passwordEncoder.matches(rawPassword, a.getPasswordHash())).orElse(false);
    }
}
