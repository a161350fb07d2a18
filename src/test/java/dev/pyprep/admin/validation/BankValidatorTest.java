package dev.pyprep.admin.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyprep.grading.judge.Grader;
import dev.pyprep.question.folder.QuestionFolder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import testsupport.Environment;
import testsupport.PyPrepTest;

/** validate-bank: correctness fails a bank, house rules only warn, and the summary counts what happened. */
@PyPrepTest
class BankValidatorTest {

    static final String TOPICS = "basics: Python basics\nstrings: Strings\n";

    static String challenge(String body) {
        return """
                title: Add two numbers
                kind: coding
                level: entry
                topics: [basics]
                prompt: Return a + b.
                mode: function
                entry_point: add
                starter: |
                  def add(a, b):
                      ...
                solution: |
                  def add(a, b):
                      return %s
                tests:
                  - {name: small, sample: true, args: [1, 2], expected: 3}
                  - {name: zero, args: [0, 0], expected: 0}
                """.formatted(body);
    }

    @Autowired
    Grader grader;

    @Test
    void aThirdPartyBankWithAHandfulOfTestsPerProblemValidatesOkWithWarnings(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("topics.yaml"), TOPICS);
        Files.writeString(dir.resolve("add.yaml"), challenge("a + b"));
        Files.writeString(dir.resolve("add-again.yaml"), challenge("b + a"));
        Environment.requireDocker();

        Result result = validate(dir, new HouseRules(3, 10, 1, 3, true));

        assertThat(result.ok).isTrue();
        assertThat(result.out).contains("reference solutions accepted: 2 of 2", "Question bank: OK (with warnings)",
                "has 1 sample tests (house rule: at least 3)", "has 1 hidden tests (house rule: at least 10)",
                "WARNING coverage:", "failures:                   0");
        assertThat(result.out).doesNotContain("FAILED");
    }

    @Test
    void houseRulesSetToZeroGiveNoWarnings(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("topics.yaml"), "basics: Python basics\n");
        Files.writeString(dir.resolve("add.yaml"), challenge("a + b"));
        Environment.requireDocker();

        Result result = validate(dir, new HouseRules(0, 0, 0, 0, false));

        assertThat(result.ok).isTrue();
        assertThat(result.out).contains("Question bank: OK").doesNotContain("WARNING").doesNotContain("with warnings");
    }

    @Test
    void aWrongReferenceFailsTheBankAndIsNotCountedAsAccepted(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("topics.yaml"), TOPICS);
        Files.writeString(dir.resolve("add.yaml"), challenge("a + b"));
        Files.writeString(dir.resolve("add-wrong.yaml"), challenge("a - b"));
        Environment.requireDocker();

        Result result = validate(dir, new HouseRules(0, 0, 0, 0, false));

        assertThat(result.ok).isFalse();
        assertThat(result.out).contains("reference solutions accepted: 1 of 2", "FAILED", "add-wrong.yaml: reference solution: WRONG_ANSWER on test 1",
                "Question bank: FAILED");
    }

    record Result(boolean ok, String out) {
    }

    private Result validate(Path dir, HouseRules rules) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        boolean ok = new BankValidator(new QuestionValidator(grader, rules), rules, out, 2).validate(QuestionFolder.read(dir));
        return new Result(ok, bytes.toString(StandardCharsets.UTF_8));
    }
}
