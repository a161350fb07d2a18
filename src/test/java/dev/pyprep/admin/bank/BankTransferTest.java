package dev.pyprep.admin.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.pyprep.account.Role;
import dev.pyprep.question.Questions;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

@PyPrepTest
class BankTransferTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Questions questions;

    @Test
    void exportingTheBankAndImportingTheExportCreatesNoNewVersions() {
        var admin = accounts.as(accounts.create(Role.ADMIN));
        byte[] zip = mvc.get().uri("/admin/export").with(admin).exchange().getResponse().getContentAsByteArray();
        Map<String, byte[]> files = ZipFiles.unzip(zip, "export");
        assertThat(files).containsKeys("topics.yaml", "fx-sum-to.yaml", "fx-shout.yaml");
        long versions = versions();

        String preview = upload(admin, new MockMultipartFile("files", "pyprep-questions.zip", "application/zip", zip));
        assertThat(mvc.get().uri(preview).with(admin)).hasStatusOk().bodyText().contains("unchanged").doesNotContain("rejected (");
        assertThat(mvc.post().uri(preview + "/apply").with(admin).with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(versions()).isEqualTo(versions);
        assertThat(mvc.get().uri(preview).with(admin)).bodyText().contains("This upload has been applied.");
    }

    @Test
    void oneQuestionIsExportedAsAZipOfItsFile() {
        var admin = accounts.as(accounts.create(Role.ADMIN));
        byte[] zip = mvc.get().uri("/admin/questions/fx-shout/export").with(admin).exchange().getResponse().getContentAsByteArray();
        assertThat(ZipFiles.unzip(zip, "export")).containsOnlyKeys("fx-shout.yaml");
        assertThat(new String(ZipFiles.unzip(zip, "export").get("fx-shout.yaml"), StandardCharsets.UTF_8)).contains("title: Shout it");
        assertThat(mvc.get().uri("/admin/questions/no-such-question/export").with(admin)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anUploadWithABrokenFileNamesTheFileAndProblemAndAppliesNothing() {
        var admin = accounts.as(accounts.create(Role.ADMIN));
        var good = new MockMultipartFile("files", "up-good.yaml", "text/yaml", """
                title: An uploaded concept
                kind: concept
                level: entry
                topics: [basics]
                prompt: Explain it.
                model_answer: Like this.
                key_points: [this]
                """.getBytes(StandardCharsets.UTF_8));
        var broken = new MockMultipartFile("files", "up-broken.yaml", "text/yaml", """
                title: A broken upload
                kind: concept
                level: expert
                topics: [basics]
                prompt: Explain it.
                model_answer: Like this.
                key_points: [this]
                """.getBytes(StandardCharsets.UTF_8));
        long versions = versions();

        String preview = upload(admin, good, broken);
        assertThat(mvc.get().uri(preview).with(admin)).hasStatusOk().bodyText()
                .contains("up-broken.yaml", "line 3", "level", "up-good.yaml", "new")
                .contains("Nothing can be applied while a file is rejected").doesNotContain("Apply: import these files");
        assertThat(mvc.post().uri(preview + "/apply").with(admin).with(csrf())).hasStatus(HttpStatus.FOUND)
                .flash().containsEntry("error", "Nothing was imported: 1 file(s) are rejected; fix them and upload again.");
        assertThat(versions()).isEqualTo(versions);
        assertThat(questions.current("up-good")).isEmpty();
    }

    @Test
    void anUploadOfAGoodFileIsImportedOnApply() {
        var admin = accounts.as(accounts.create(Role.ADMIN));
        var good = new MockMultipartFile("files", "up-fine.yaml", "text/yaml", """
                title: A fine upload
                kind: concept
                level: mid
                topics: [basics]
                prompt: Explain it.
                model_answer: Like this.
                key_points: [this]
                """.getBytes(StandardCharsets.UTF_8));
        String preview = upload(admin, good);
        assertThat(mvc.post().uri(preview + "/apply").with(admin).with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(questions.current("up-fine")).isPresent();
        assertThat(mvc.post().uri("/admin/upload").with(admin).with(csrf())).flash()
                .containsEntry("error", "Choose a zip archive or one or more YAML question files to upload.");
        var text = new MockMultipartFile("files", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post().uri("/admin/upload").multipart().file(text).with(admin).with(csrf())).flash()
                .containsEntry("error", "'notes.txt' is neither a zip archive nor a YAML file.");
    }

    @Test
    void aBrowserEditSurvivesAReimportOfTheFolderFileItWasMadeFrom(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("topics.yaml"), "basics: Python basics\n");
        String v1 = """
                title: Edited in the browser
                kind: concept
                level: entry
                topics: [basics]
                prompt: Explain.
                model_answer: So.
                key_points: [so]
                """;
        java.nio.file.Files.writeString(dir.resolve("tr-edited.yaml"), v1);
        dev.pyprep.question.store.TestImports.importFolder(context, dir);
        String v2 = v1.replace("Explain.", "Explain it better.");
        authoring.saveDraft("tr-edited", v2, 1);
        authoring.recordValidation("tr-edited", dev.pyprep.question.QuestionAuthoring.hashOf(v2), true, "ok");
        assertThat(authoring.publish("tr-edited").version()).isEqualTo(2);

        var report = dev.pyprep.question.store.TestImports.importFolder(context, dir);

        assertThat(report.newVersions()).isZero();
        assertThat(questions.current("tr-edited").orElseThrow().version()).isEqualTo(2);
        assertThat(authoring.publishedSource("tr-edited")).contains(v2);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    dev.pyprep.question.QuestionAuthoring authoring;

    private String upload(RequestPostProcessor admin, MockMultipartFile... files) {
        var request = mvc.post().uri("/admin/upload").multipart().with(admin).with(csrf());
        for (MockMultipartFile f : files) {
            request = request.file(f);
        }
        var result = request.exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        return result.getResponse().getRedirectedUrl();
    }

    private long versions() {
        return jdbc.sql("select count(*) from question_versions").query(Long.class).single();
    }
}
