package dev.pyprep.admin.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.AccountService;
import dev.pyprep.account.Role;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import testsupport.MutableClock;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

@PyPrepTest
class AccountAdministrationTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountService accountService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void aDisabledAccountsOpenSessionIsRefusedAtItsNextRequestAndItCannotSignIn() {
        var admin = accounts.as(accounts.create(Role.ADMIN));
        String email = accounts.create(Role.CANDIDATE);
        long id = accounts.id(email);
        MockHttpSession session = signIn(email, TestAccounts.PASSWORD);
        assertThat(mvc.get().uri("/questions").session(session)).hasStatusOk();

        assertThat(mvc.post().uri("/admin/accounts/" + id + "/disable").with(admin).with(csrf())).hasStatus(HttpStatus.FOUND)
                .flash().containsEntry("message", "admin.accounts.disabled");

        assertThat(mvc.get().uri("/questions").session(session)).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?ended");
        assertThat(session.isInvalid()).isTrue();
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", email).param("password", TestAccounts.PASSWORD))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
        assertThat(mvc.post().uri("/admin/accounts/" + id + "/disable").with(admin).with(csrf())).flash()
                .containsEntry("error", email + " is already disabled.");

        assertThat(mvc.post().uri("/admin/accounts/" + id + "/enable").with(admin).with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/questions").session(signIn(email, TestAccounts.PASSWORD))).hasStatusOk();
    }

    @Test
    void aResetPasswordIsShownOnceEndsOpenSessionsAndMustBeChangedAtTheNextSignIn() {
        var admin = accounts.as(accounts.create(Role.ADMIN));
        String email = accounts.create(Role.RECRUITER);
        long id = accounts.id(email);
        MockHttpSession old = signIn(email, TestAccounts.PASSWORD);

        var result = mvc.post().uri("/admin/accounts/" + id + "/reset-password").with(admin).with(csrf()).exchange();
        String temporary = (String) result.getMvcResult().getFlashMap().get("temporaryPassword");
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(16);
        assertThat(accountService.byId(id).orElseThrow().mustChangePassword()).isTrue();

        assertThat(mvc.get().uri("/recruiter").session(old)).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?ended");
        MockHttpSession fresh = signIn(email, temporary);
        assertThat(mvc.get().uri("/recruiter").session(fresh)).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account/password");
    }

    @Test
    void aRoleChangeEndsTheSessionAndAnAdministratorCannotDemoteThemselves() {
        String adminEmail = accounts.create(Role.ADMIN);
        var admin = accounts.as(adminEmail);
        String email = accounts.create(Role.RECRUITER);
        long id = accounts.id(email);
        MockHttpSession session = signIn(email, TestAccounts.PASSWORD);

        assertThat(mvc.post().uri("/admin/accounts/" + id + "/role").param("role", "CANDIDATE").with(admin).with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(accountService.byId(id).orElseThrow().role()).isEqualTo(Role.CANDIDATE);
        assertThat(mvc.get().uri("/questions").session(session)).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?ended");
        assertThat(mvc.get().uri("/recruiter").session(signIn(email, TestAccounts.PASSWORD))).hasStatus(HttpStatus.FORBIDDEN);

        long me = accounts.id(adminEmail);
        assertThat(mvc.post().uri("/admin/accounts/" + me + "/role").param("role", "CANDIDATE").with(admin).with(csrf()))
                .flash().containsEntry("error", "You cannot change your own role: ask another administrator.");
        assertThat(mvc.post().uri("/admin/accounts/" + me + "/disable").with(admin).with(csrf()))
                .flash().containsEntry("error", "You cannot disable your own account.");
        assertThat(mvc.post().uri("/admin/accounts/" + id + "/role").param("role", "WIZARD").with(admin).with(csrf()))
                .flash().containsEntry("error", "There is no role called 'WIZARD'.");
        assertThat(mvc.post().uri("/admin/accounts/999999/disable").with(admin).with(csrf()))
                .flash().containsEntry("error", "There is no such account.");
    }

    /**
     * Sessions are checked against a stamp of the account read at most once a second: a change made by another
     * process (here: straight in the database) ends the session within that second, not only at a restart.
     */
    @Test
    void aChangeMadeElsewhereEndsTheSessionOnceItsStampIsASecondOld() {
        String email = accounts.create(Role.CANDIDATE);
        long id = accounts.id(email);
        MockHttpSession session = signIn(email, TestAccounts.PASSWORD);
        assertThat(mvc.get().uri("/questions").session(session)).hasStatusOk();

        jdbc.update("update accounts set disabled_at = now() where id = ?", id);
        clock.advance(Duration.ofMillis(1100));

        assertThat(mvc.get().uri("/questions").session(session)).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?ended");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void theAccountListIsSearchedAndPaged() {
        var admin = accounts.as(accounts.create(Role.ADMIN));
        String marker = "pg" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 55; i++) {
            accountService.create(marker + "-" + i + "@test.local", "Paged " + i, "a long enough password", Role.CANDIDATE, false);
        }
        assertThat(mvc.get().uri("/admin/accounts?q=" + marker).with(admin)).hasStatusOk().bodyText()
                .contains("55 accounts", "Page 1 of 2");
        assertThat(mvc.get().uri("/admin/accounts?q=" + marker + "&page=1").with(admin)).hasStatusOk().bodyText()
                .contains("Page 2 of 2");
        assertThat(mvc.get().uri("/admin/accounts?q=nobody-has-this-" + marker).with(admin)).hasStatusOk().bodyText()
                .contains("No account matches");
    }

    private MockHttpSession signIn(String email, String password) {
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.post().uri("/login").session(session).with(csrf()).param("username", email).param("password", password))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isNotEqualTo("/login?error");
        return session;
    }
}
