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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import java.time.Duration;
import testsupport.MutableClock;

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
    @Autowired
    MutableClock clock;

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
    void signUpCreatesACandidateAndAnswersTheSameWhetherOrNotTheEmailIsTaken() {
        assertThat(mvc.post().uri("/signup").with(csrf()).param("email", "New.Person@Test.local")
                .param("displayName", "New Person").param("password", "a long password"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?registered");
        var account = accountService.byEmail("new.person@test.local").orElseThrow();
        assertThat(account.role()).isEqualTo(Role.CANDIDATE);
        assertThat(account.displayName()).isEqualTo("New Person");

        assertThat(mvc.post().uri("/signup").with(csrf()).param("email", "new.person@test.local")
                .param("displayName", "Someone Else").param("password", "another long password"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?registered");
        assertThat(accountService.byEmail("new.person@test.local").orElseThrow().displayName()).isEqualTo("New Person");
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "new.person@test.local")
                .param("password", "a long password")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/questions");
        assertThat(mvc.get().uri("/login?registered")).hasStatusOk().bodyText().contains("Thanks for signing up");

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

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String login(String email, String password, String address) {
        return mvc.post().uri("/login").with(csrf()).with(from(address)).param("username", email).param("password", password)
                .exchange().getResponse().getRedirectedUrl();
    }

    @Test
    void fiveWrongPasswordsPauseThatEmailFromThatAddressOnlyWithoutRevealingWhetherItExists() {
        String email = accounts.create(Role.CANDIDATE);
        for (String who : new String[]{email, "nobody-here@test.local"}) {
            for (int i = 1; i < 5; i++) {
                assertThat(login(who, "guess " + i, "10.1.0.1")).isEqualTo("/login?error");
            }
            assertThat(login(who, "guess 5", "10.1.0.1")).isEqualTo("/login?locked");
        }
        assertThat(login(email, TestAccounts.PASSWORD, "10.1.0.1")).as("paused from the guessing address").isEqualTo("/login?locked");
        assertThat(login(email, TestAccounts.PASSWORD, "10.1.0.2")).as("the owner elsewhere is not locked out")
                .isEqualTo("/questions");
        assertThat(mvc.get().uri("/login?locked")).hasStatusOk().bodyText().contains("paused for 15 minutes");

        clock.advance(Duration.ofMinutes(16));
        assertThat(login(email, TestAccounts.PASSWORD, "10.1.0.1")).as("after the pause").isEqualTo("/questions");
    }

    @Test
    void oneAddressGuessingManyEmailsIsPaused() {
        String email = accounts.create(Role.CANDIDATE);
        for (int i = 0; i < 50; i++) {
            login("spray-" + i + "@test.local", "guess", "10.2.0.1");
        }
        assertThat(login(email, TestAccounts.PASSWORD, "10.2.0.1")).isEqualTo("/login?locked");
        assertThat(login(email, TestAccounts.PASSWORD, "10.2.0.9")).isEqualTo("/questions");
    }
}
