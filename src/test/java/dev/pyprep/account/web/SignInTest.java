package dev.pyprep.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.AccountService;
import dev.pyprep.account.Role;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PyPrepTest
/** Sign-up, sign-in, password storage and sign-in throttling against the whole application and the real database. */
class SignInTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountService accountService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void loginAndSignUpPagesAreOpen() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Sign in");
        assertThat(mvc.get().uri("/signup")).hasStatusOk().bodyText().contains("Create your account");
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
    }

    @Test
    void postWithoutCsrfTokenIsRejected() {
        assertThat(mvc.post().uri("/signup").param("email", "nocsrf@test.local").param("displayName", "No Csrf")
                .param("password", "long enough password")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(accountService.byEmail("nocsrf@test.local")).isEmpty();
        String candidate = accounts.create(Role.CANDIDATE);
        assertThat(mvc.post().uri("/api/submissions").with(accounts.as(candidate)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"questionVersionId\":1,\"purpose\":\"RUN\",\"code\":\"x\"}")).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void signUpCreatesACandidateWithAHashedPasswordAndSignsThemIn() {
        assertThat(mvc.post().uri("/signup").with(csrf()).param("email", "New.Person@Test.local")
                .param("displayName", "New Person").param("password", "a long password"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/questions?welcome");
        var account = accountService.byEmail("new.person@test.local").orElseThrow();
        assertThat(account.role()).isEqualTo(Role.CANDIDATE);
        assertThat(mvc.post().uri("/signup").with(csrf()).param("email", "new.person@test.local")
                .param("displayName", "Again").param("password", "a long password"))
                .hasStatusOk().bodyText().contains("already exists");
        assertThat(mvc.post().uri("/signup").with(csrf()).param("email", "short@test.local")
                .param("displayName", "Short").param("password", "short"))
                .hasStatusOk().bodyText().contains("at least 10 characters");
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String email = accounts.create(Role.CANDIDATE);
        String hash = jdbc.sql("select password_hash from accounts where email = ?").param(email).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(TestAccounts.PASSWORD);
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", email).param("password", TestAccounts.PASSWORD))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/questions");
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", email).param("password", "wrong password"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
    }

    @Test
    void repeatedWrongPasswordsPauseSigningInWithoutRevealingWhetherTheEmailExists() {
        String email = accounts.create(Role.CANDIDATE);
        for (String who : new String[]{email, "nobody-here@test.local"}) {
            for (int i = 1; i < 5; i++) {
                assertThat(mvc.post().uri("/login").with(csrf()).param("username", who).param("password", "guess " + i))
                        .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
            }
            assertThat(mvc.post().uri("/login").with(csrf()).param("username", who).param("password", "guess 5"))
                    .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?locked");
        }
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", email).param("password", TestAccounts.PASSWORD))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?locked");
        assertThat(mvc.get().uri("/login?locked")).hasStatusOk().bodyText().contains("signing in is paused for 15 minutes");
    }
}
