package dev.pyprep.question.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyprep.question.ImportReport;
import dev.pyprep.question.Questions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import testsupport.PyPrepTest;

@PyPrepTest
class QuestionImportTest {

    @Autowired
    QuestionImporter importer;
    @Autowired
    QuestionRepository questionRepository;
    @Autowired
    QuestionVersionRepository versions;
    @Autowired
    TestCaseRepository testCases;
    @Autowired
    Questions questions;

    @TempDir
    Path bank;

    @Test
    void importingTwiceKeepsOneCopyAndAnEditMakesVersionTwo() throws IOException {
        Files.copy(Path.of("src/test/resources/fixture-questions/topics.yaml"), bank.resolve("topics.yaml"));
        Path file = bank.resolve("imp-sum.yaml");
        Files.writeString(file, Files.readString(Path.of("src/test/resources/fixture-questions/fx-sum-to.yaml")));

        ImportReport first = importer.importFolder(bank);
        ImportReport second = importer.importFolder(bank);
        assertThat(first.added()).isEqualTo(1);
        assertThat(second.added()).isZero();
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(versions.findByQuestionSlugOrderByVersion("imp-sum")).hasSize(1);

        Files.writeString(file, Files.readString(file).replace("Sum of the first n numbers", "Sum of 1..n"));
        ImportReport third = importer.importFolder(bank);
        assertThat(third.newVersions()).isEqualTo(1);
        var all = versions.findByQuestionSlugOrderByVersion("imp-sum");
        assertThat(all).extracting(QuestionVersion::getVersion).containsExactly(1, 2);
        assertThat(all).extracting(QuestionVersion::getTitle).containsExactly("Sum of the first n numbers", "Sum of 1..n");
        assertThat(questions.current("imp-sum").orElseThrow().version()).isEqualTo(2);
        assertThat(questions.view(all.getFirst().getId()).orElseThrow().title()).isEqualTo("Sum of the first n numbers");
        // version 1 keeps its own tests: graded work stays linked to what it was graded against
        assertThat(testCases.findByVersionIdOrderByOrdinal(all.getFirst().getId())).hasSize(6);
        assertThat(testCases.findByVersionIdOrderByOrdinal(all.get(1).getId())).hasSize(6);
        // the file is kept exactly as imported
        assertThat(all.get(1).getSourceText()).isEqualTo(Files.readString(file));
    }

    @Test
    void aMalformedFileIsReportedWithItsPathLineAndProblemAndTheRestStillLoads() throws IOException {
        Files.copy(Path.of("src/test/resources/fixture-questions/topics.yaml"), bank.resolve("topics.yaml"));
        Files.createDirectories(bank.resolve("sub"));
        Files.copy(Path.of("src/test/resources/fixture-questions/fx-default-args.yaml"), bank.resolve("sub/imp-good.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(bank.resolve("sub/imp-bad.yaml"), "title: Broken\nkind: concept\nlevel: expert\n");
        Files.writeString(bank.resolve("imp-not-yaml.yaml"), "title: [unclosed\n");

        ImportReport report = importer.importFolder(bank);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.problems()).hasSize(2);
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.path()).endsWith("/sub/imp-bad.yaml");
            assertThat(p.message()).isEqualTo("line 3: 'level' must be one of entry, mid, senior (was 'expert')");
        });
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.path()).endsWith("/imp-not-yaml.yaml"));
        assertThat(questionRepository.findBySlug("imp-good")).isPresent();
        assertThat(questionRepository.findBySlug("imp-bad")).isEmpty();
    }

    @Test
    void aSlugUsedTwiceIsReportedOnce() throws IOException {
        Files.copy(Path.of("src/test/resources/fixture-questions/topics.yaml"), bank.resolve("topics.yaml"));
        Files.createDirectories(bank.resolve("a"));
        Files.createDirectories(bank.resolve("b"));
        Path source = Path.of("src/test/resources/fixture-questions/fx-default-args.yaml");
        Files.copy(source, bank.resolve("a/imp-twice.yaml"));
        Files.copy(source, bank.resolve("b/imp-twice.yaml"));

        ImportReport report = importer.importFolder(bank);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).endsWith("/b/imp-twice.yaml");
            assertThat(p.message()).contains("slug 'imp-twice' is already used by").contains("/a/imp-twice.yaml");
        });
    }

    @Test
    void theFixtureBankWasImportedAtStartUp() {
        assertThat(questions.current("fx-sum-to")).isPresent();
        assertThat(importer.lastReport().orElseThrow().problems()).isEmpty();
    }
}
