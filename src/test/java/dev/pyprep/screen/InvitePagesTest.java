package dev.pyprep.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.Role;
import dev.pyprep.screen.app.IssuedInvite;
import dev.pyprep.system.AuditableEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

@PyPrepTest
@RecordApplicationEvents
class InvitePagesTest {

    @Autowired MockMvcTester mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired dev.pyprep.question.Questions questions;
    @Autowired ApplicationEvents events;

    @SuppressWarnings("unchecked")
    private static List<IssuedInvite> issued(MvcTestResult result) {
        return (List<IssuedInvite>) result.getMvcResult().getFlashMap().get("issued");
    }

    private String publishedScreen(RequestPostProcessor recruiter) {
        String screen = mvc.post().uri("/recruiter/screens").with(recruiter).with(csrf()).param("title", "Invites")
                .param("timeLimitMinutes", "15").param("passMark", "50").exchange().getResponse().getRedirectedUrl();
        long questionId = questions.catalog().stream().filter(q -> q.slug().equals("fx-gil")).findFirst().orElseThrow().questionId();
        mvc.post().uri(screen + "/questions").with(recruiter).with(csrf()).param("questionId", String.valueOf(questionId)).exchange();
        assertThat(mvc.post().uri(screen + "/publish").with(recruiter).with(csrf())).hasStatus3xxRedirection();
        return screen;
    }

    private long invites(String screen) {
        long id = Long.parseLong(screen.substring(screen.lastIndexOf('/') + 1));
        return jdbc.sql("select count(*) from screen_invites where screen_id = ?").param(id).query(Long.class).single();
    }

    @Test
    void aListWithOneInvalidAddressInvitesNobodyAndSaysWhichAddressIsWrong() {
        RequestPostProcessor recruiter = accounts.as(accounts.create(Role.RECRUITER));
        String screen = publishedScreen(recruiter);
        var refused = mvc.post().uri(screen + "/invites").with(recruiter).with(csrf()).header("Referer", "http://localhost" + screen)
                .param("emails", "ok@example.com, broken.example.com").exchange();
        assertThat(refused).hasStatus3xxRedirection().flash().containsKey("error");
        assertThat((String) refused.getMvcResult().getFlashMap().get("error")).contains("broken.example.com", "Nobody was invited");
        assertThat(invites(screen)).isZero();
    }

    @Test
    void aCsvUploadInvitesEveryRowAndWithoutSmtpThePageShowsTheLinksToCopy() {
        RequestPostProcessor recruiter = accounts.as(accounts.create(Role.RECRUITER));
        String screen = publishedScreen(recruiter);
        var csv = new MockMultipartFile("csv", "people.csv", "text/csv",
                "email,name\none@example.com,One\ntwo@example.com,\"Two, the second\"\n".getBytes(StandardCharsets.UTF_8));
        MvcTestResult result = mvc.post().uri(screen + "/invites").multipart().file(csv).with(recruiter).with(csrf()).exchange();
        List<IssuedInvite> links = issued(result);
        assertThat(links).extracting(IssuedInvite::email).containsExactly("one@example.com", "two@example.com");
        assertThat(links).allSatisfy(l -> {
            assertThat(l.mailed()).isFalse();
            assertThat(l.link()).matches("http://localhost/s/[A-Za-z0-9_-]{43}");
        });
        // only the hash is stored: the raw token is nowhere in the table
        String token = ScreenSetup.token(links.getFirst());
        assertThat(jdbc.sql("select count(*) from screen_invites where encode(token_hash, 'escape') like ?")
                .param("%" + token + "%").query(Long.class).single()).isZero();

        // resend: a new link works, the old one is dead
        MvcTestResult resent = mvc.post().uri("/recruiter/invites/" + links.getFirst().inviteId() + "/resend").with(recruiter).with(csrf()).exchange();
        String newToken = ScreenSetup.token(issued(resent).getFirst());
        assertThat(newToken).isNotEqualTo(token);
        assertThat(mvc.get().uri("/s/" + token)).hasStatus(404);
        assertThat(mvc.get().uri("/s/" + newToken)).hasStatusOk().bodyText().contains("Start the screen");

        // revoke: the link shows that, and the decision is audited
        assertThat(mvc.post().uri("/recruiter/invites/" + links.getFirst().inviteId() + "/revoke").with(recruiter).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/s/" + newToken)).hasStatusOk().bodyText().contains("This invite has been withdrawn")
                .doesNotContain("Start the screen");
        assertThat(events.stream(AuditableEvent.class).map(AuditableEvent::action))
                .contains("screen.published", "screen.invite.revoked");
    }
}
