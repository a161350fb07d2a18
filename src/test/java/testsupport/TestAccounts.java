package testsupport;

import dev.pyprep.account.AccountService;
import dev.pyprep.account.Role;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Creates real accounts (hashed password, real role) and signs requests in as them. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery";

    private final AccountService accounts;
    private final UserDetailsService users;

    TestAccounts(AccountService accounts, UserDetailsService users) {
        this.accounts = accounts;
        this.users = users;
    }

    public String create(Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
        accounts.create(email, "Test " + role.name().toLowerCase(), PASSWORD, role, false);
        return email;
    }

    public RequestPostProcessor as(String email) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(email));
    }

    public long id(String email) {
        return ((dev.pyprep.account.CurrentAccount) users.loadUserByUsername(email)).id();
    }
}
