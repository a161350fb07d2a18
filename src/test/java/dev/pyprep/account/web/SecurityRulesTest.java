package dev.pyprep.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.AccountRepository;
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
class SecurityRulesTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountRepository accountRepository;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousVisitorsAreSentToLoginForPracticePages() {
        for (String page : new String[]{"/questions", "/questions/fx-sum-to", "/progress", "/"}) {
            assertThat(mvc.get().uri(page).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.FOUND)
                    .redirectedUrl().isIn("/login", "http://localhost/login");
        }
        assertThat(mvc.get().uri("/questions")).hasStatus(HttpStatus.FOUND).redirectedUrl().isIn("/login", "http://localhost/login");
    }

    @Test
    void anonymousApiCallsGet401NotALoginPage() {
        assertThat(mvc.get().uri("/api/submissions/1")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void loginAndSignUpPagesAreOpen() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Sign in");
        assertThat(mvc.get().uri("/signup")).hasStatusOk().bodyText().contains("Create your account");
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
    }

    @Test
    void candidateGets403OnAdminAndRecruiterRoutes() {
        String candidate = accounts.create(Role.CANDIDATE);
        for (String page : new String[]{"/admin", "/admin/questions", "/recruiter", "/recruiter/screens"}) {
            assertThat(mvc.get().uri(page).with(accounts.as(candidate))).hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void unknownRoutesAreDeniedEvenWhenSignedIn() {
        String admin = accounts.create(Role.ADMIN);
        assertThat(mvc.get().uri("/no-such-thing").with(accounts.as(admin))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void postWithoutCsrfTokenIsRejected() {
        assertThat(mvc.post().uri("/signup").param("email", "nocsrf@test.local").param("displayName", "No Csrf")
                .param("password", "long enough password")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(accountRepository.findByEmail("nocsrf@test.local")).isEmpty();
        String candidate = accounts.create(Role.CANDIDATE);
        assertThat(mvc.post().uri("/api/submissions").with(accounts.as(candidate)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"questionVersionId\":1,\"purpose\":\"RUN\",\"code\":\"x\"}")).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void signUpCreatesACandidateWithAHashedPasswordAndSignsThemIn() {
        assertThat(mvc.post().uri("/signup").with(csrf()).param("email", "New.Person@Test.local")
                .param("displayName", "New Person").param("password", "a long password"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/questions?welcome");
        var account = accountRepository.findByEmail("new.person@test.local").orElseThrow();
        assertThat(account.getRole()).isEqualTo(Role.CANDIDATE);
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
