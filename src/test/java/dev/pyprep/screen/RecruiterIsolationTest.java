package dev.pyprep.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.Role;
import dev.pyprep.screen.domain.Invites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

@PyPrepTest
class RecruiterIsolationTest {

    @Autowired MockMvcTester mvc;
    @Autowired TestAccounts accounts;
    @Autowired Invites invites;

    @Test
    void recruiterBGets404OnRecruiterAsScreenInviteReportAndCsvWhileAnAdminSeesThem() {
        RequestPostProcessor a = accounts.as(accounts.create(Role.RECRUITER));
        RequestPostProcessor b = accounts.as(accounts.create(Role.RECRUITER));
        RequestPostProcessor admin = accounts.as(accounts.create(Role.ADMIN));

        assertThat(mvc.get().uri("/recruiter").with(a)).hasStatusOk().bodyText().contains("You have no screens yet");
        var created = mvc.post().uri("/recruiter/screens").with(a).with(csrf()).param("title", "A's screen")
                .param("instructions", "Be quick").param("timeLimitMinutes", "20").param("passMark", "50").exchange();
        assertThat(created).hasStatus3xxRedirection();
        String screen = created.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(screen).with(a)).hasStatusOk().bodyText().contains("Add questions from the bank", "Shout it");
        assertThat(mvc.get().uri(screen + "?kind=multiple_choice").with(a)).hasStatusOk().bodyText()
                .contains("When are default arguments evaluated?").doesNotContain("Shout it");
        assertThat(mvc.post().uri(screen + "/questions").with(a).with(csrf()).param("questionId", bankId("fx-shout"))
                .param("points", "10")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(screen + "/publish").with(a).with(csrf())).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(screen + "/invites").with(a).with(csrf()).param("emails", "cand@example.com"))
                .hasStatus3xxRedirection();
        long invite = invites.findAll().stream().filter(i -> i.getEmail().equals("cand@example.com")).findFirst().orElseThrow().getId();

        assertThat(mvc.get().uri("/recruiter").with(b)).hasStatusOk().bodyText().doesNotContain("A&#39;s screen", "A's screen");
        assertThat(mvc.get().uri(screen).with(b)).hasStatus(404);
        assertThat(mvc.get().uri(screen + "/results.csv").with(b)).hasStatus(404);
        assertThat(mvc.get().uri("/recruiter/invites/" + invite).with(b)).hasStatus(404);
        assertThat(mvc.post().uri("/recruiter/invites/" + invite + "/revoke").with(b).with(csrf())).hasStatus(404);
        assertThat(mvc.post().uri("/recruiter/invites/" + invite + "/time").with(b).with(csrf()).param("minutes", "5")).hasStatus(404);
        assertThat(mvc.post().uri(screen + "/archive").with(b).with(csrf())).hasStatus(404);

        assertThat(mvc.get().uri(screen).with(a)).hasStatusOk().bodyText().contains("cand@example.com");
        assertThat(mvc.get().uri("/recruiter/invites/" + invite).with(a)).hasStatusOk().bodyText().contains("has not started");
        assertThat(mvc.get().uri(screen).with(admin)).hasStatusOk();
        assertThat(mvc.get().uri("/recruiter/invites/" + invite).with(admin)).hasStatusOk();
    }

    @Autowired dev.pyprep.question.Questions questions;

    private String bankId(String slug) {
        return String.valueOf(questions.catalog().stream().filter(q -> q.slug().equals(slug)).findFirst().orElseThrow().questionId());
    }
}
