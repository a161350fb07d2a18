package dev.pyprep.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.AccountService;
import dev.pyprep.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

@PyPrepTest
class AdminPagesTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountService accountService;

    @Test
    void anAdminSeesTheImportReportAndEveryQuestionsVersion() {
        var admin = accounts.as(accounts.create(Role.ADMIN));
        assertThat(mvc.get().uri("/admin").with(admin)).hasStatusOk().bodyText()
                .contains("Last import", "Grading:");
        assertThat(mvc.get().uri("/admin/questions").with(admin)).hasStatusOk().bodyText()
                .contains("fx-sum-to", "Sum of the first n numbers");
        assertThat(mvc.post().uri("/admin/questions/import").with(admin).with(csrf())).hasStatus(HttpStatus.FOUND)
                .flash().containsKey("message");
    }

    @Test
    void aRecruiterCreatedByAnAdminMustChooseTheirOwnPasswordAtFirstSignIn() throws Exception {
        var admin = accounts.as(accounts.create(Role.ADMIN));
        assertThat(mvc.post().uri("/admin/accounts").with(admin).with(csrf()).param("email", "rita@test.local")
                .param("displayName", "Rita Recruiter").param("role", "RECRUITER").param("password", "temporary-password"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(accountService.byEmail("rita@test.local").orElseThrow().mustChangePassword()).isTrue();

        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.post().uri("/login").session(session).with(csrf()).param("username", "rita@test.local")
                .param("password", "temporary-password")).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/recruiter").session(session)).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().isEqualTo("/account/password");
        assertThat(mvc.post().uri("/account/password").session(session).with(csrf()).param("current", "temporary-password")
                .param("password", "rita's own password")).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/recruiter").session(session)).hasStatusOk().bodyText().contains("Screens");
        assertThat(accountService.byEmail("rita@test.local").orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void aRecruiterCannotReachAdminPages() {
        var recruiter = accounts.as(accounts.create(Role.RECRUITER));
        assertThat(mvc.get().uri("/admin/questions").with(recruiter)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/recruiter").with(recruiter)).hasStatusOk();
    }
}
