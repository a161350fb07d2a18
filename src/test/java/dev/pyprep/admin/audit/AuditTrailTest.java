package dev.pyprep.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

@PyPrepTest
class AuditTrailTest {

    static final String CONCEPT = """
            title: Audited concept
            kind: concept
            level: entry
            topics: [basics]
            prompt: Explain.
            model_answer: So.
            key_points: [so]
            """;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyAdminActionLeavesAnAuditRowWithItsActorTargetAndBeforeAndAfter() {
        String adminEmail = accounts.create(Role.ADMIN);
        long adminId = accounts.id(adminEmail);
        var admin = accounts.as(adminEmail);
        String other = accounts.create(Role.CANDIDATE);
        long otherId = accounts.id(other);

        post(admin, "/admin/questions/save", Map.of("slug", "au-concept", "yaml", CONCEPT, "intent", "validate"));
        post(admin, "/admin/questions/au-concept/publish", Map.of());
        post(admin, "/admin/questions/save", Map.of("slug", "au-concept", "yaml", CONCEPT + "# draft\n", "intent", "save"));
        post(admin, "/admin/questions/au-concept/discard", Map.of());
        post(admin, "/admin/questions/au-concept/retire", Map.of());
        post(admin, "/admin/questions/au-concept/unretire", Map.of());
        post(admin, "/admin/questions/import", Map.of());
        assertThat(mvc.get().uri("/admin/export").with(admin)).hasStatusOk();
        assertThat(mvc.get().uri("/admin/questions/au-concept/export").with(admin)).hasStatusOk();
        var upload = mvc.post().uri("/admin/upload").multipart().file(new MockMultipartFile("files", "au-up.yaml", "text/yaml",
                CONCEPT.replace("Audited concept", "Uploaded concept").getBytes(StandardCharsets.UTF_8))).with(admin).with(csrf()).exchange();
        post(admin, upload.getResponse().getRedirectedUrl() + "/apply", Map.of());
        post(admin, "/admin/accounts", Map.of("email", "au-new@test.local", "displayName", "New", "role", "RECRUITER",
                "password", "a temporary password"));
        post(admin, "/admin/accounts/" + otherId + "/role", Map.of("role", "RECRUITER"));
        post(admin, "/admin/accounts/" + otherId + "/disable", Map.of());
        post(admin, "/admin/accounts/" + otherId + "/enable", Map.of());
        post(admin, "/admin/accounts/" + otherId + "/reset-password", Map.of());

        List<String> actions = jdbc.sql("select action from audit_log where actor_id = :id order by id").param("id", adminId)
                .query(String.class).list();
        assertThat(actions).contains("question.draft.saved", "question.validation.requested", "question.published",
                "question.draft.discarded", "question.retired", "question.unretired", "bank.folder.imported", "bank.exported",
                "question.exported", "bank.upload.previewed", "bank.upload.applied", "account.created", "account.role.changed",
                "account.disabled", "account.enabled", "account.password.reset");
        assertThat(jdbc.sql("select before || ' -> ' || after from audit_log where action = 'account.role.changed' and target_id = :id")
                .param("id", String.valueOf(otherId)).query(String.class).single()).isEqualTo("CANDIDATE -> RECRUITER");
        assertThat(jdbc.sql("select before || ' -> ' || after from audit_log where action = 'question.retired' and target_id = 'au-concept'")
                .query(String.class).single()).isEqualTo("PUBLISHED -> RETIRED");

        assertThat(mvc.get().uri("/admin/audit?actor=" + adminEmail + "&action=account.").with(admin)).hasStatusOk().bodyText()
                .contains("account.role.changed", "CANDIDATE", "RECRUITER").doesNotContain("question.retired");
        assertThat(mvc.get().uri("/admin/audit?targetType=question&targetId=au-concept").with(admin)).hasStatusOk().bodyText()
                .contains("question.retired").doesNotContain("account.disabled");
        assertThat(mvc.get().uri("/admin/audit?from=2000-01-01&to=2000-01-02").with(admin)).hasStatusOk().bodyText()
                .contains("No entry matches");
        assertThat(mvc.get().uri("/admin/audit?from=yesterday").with(admin)).hasStatus(HttpStatus.FOUND).flash()
                .containsEntry("error", "'yesterday' is not a date like 2026-12-01.");
    }

    @Test
    void theAuditLogRefusesUpdatesAndDeletes() {
        jdbc.sql("insert into audit_log (at, action, target_type) values (now(), 'test.append', 'test')").update();
        assertThatThrownBy(() -> jdbc.sql("update audit_log set action = 'test.changed'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update()).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'test.append'").query(Long.class).single()).isEqualTo(1);
    }

    private void post(org.springframework.test.web.servlet.request.RequestPostProcessor admin, String uri, Map<String, String> params) {
        var request = mvc.post().uri(uri).with(admin).with(csrf());
        for (var e : params.entrySet()) {
            request = request.param(e.getKey(), e.getValue());
        }
        assertThat(request).hasStatus(HttpStatus.FOUND).flash().doesNotContainKey("error");
    }
}
