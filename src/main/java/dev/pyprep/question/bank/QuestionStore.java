package dev.pyprep.question.bank;

import dev.pyprep.question.CodingSpec;
import dev.pyprep.question.CodingSpecRepository;
import dev.pyprep.question.Question;
import dev.pyprep.question.QuestionRepository;
import dev.pyprep.question.QuestionVersion;
import dev.pyprep.question.QuestionVersionRepository;
import dev.pyprep.question.TestCase;
import dev.pyprep.question.TestCaseRepository;
import dev.pyprep.question.TestVisibility;
import dev.pyprep.question.WrongSolution;
import dev.pyprep.question.WrongSolutionRepository;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Saves a parsed question as a new immutable version, or recognises it as unchanged. One transaction per file. */
@Component
class QuestionStore {

    enum Outcome { ADDED, NEW_VERSION, UNCHANGED }

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final CodingSpecRepository codingSpecs;
    private final TestCaseRepository testCases;
    private final WrongSolutionRepository wrongSolutions;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    QuestionStore(QuestionRepository questions, QuestionVersionRepository versions, CodingSpecRepository codingSpecs,
                  TestCaseRepository testCases, WrongSolutionRepository wrongSolutions, JdbcClient jdbc, JsonMapper json) {
        this.questions = questions;
        this.versions = versions;
        this.codingSpecs = codingSpecs;
        this.testCases = testCases;
        this.wrongSolutions = wrongSolutions;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    Outcome save(QuestionDefinition def, String contentHash, String sourcePath) {
        // Two servers importing at once must not both add the same version.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:slug))").param("slug", "pyprep-question:" + def.slug()).query().singleRow();
        Question question = questions.findBySlug(def.slug()).orElse(null);
        int number = 1;
        if (question != null) {
            QuestionVersion current = question.getCurrentVersion();
            if (current != null && current.getContentHash().equals(contentHash)) {
                return Outcome.UNCHANGED;
            }
            if (question.getKind() != def.kind()) {
                throw new QuestionFileException("kind changed from " + question.getKind().slug() + " to "
                        + def.kind().slug() + "; a question keeps its kind (use a new file name for a new question)");
            }
            number = current == null ? 1 : current.getVersion() + 1;
        } else {
            question = questions.save(new Question(def.slug(), def.kind()));
        }
        QuestionVersion version = versions.save(new QuestionVersion(question, number, contentHash, sourcePath,
                def.title(), def.kind(), def.level(), def.prompt(), json.writeValueAsString(def.hints()),
                json.writeValueAsString(def.details()), def.topics()));
        if (def.coding() != null) {
            saveCoding(version.getId(), def.coding());
        }
        question.publish(version);
        return number == 1 ? Outcome.ADDED : Outcome.NEW_VERSION;
    }

    private void saveCoding(Long versionId, CodingDefinition coding) {
        codingSpecs.save(new CodingSpec(versionId, coding.mode(), coding.entryPoint(), coding.starter(),
                coding.solution(), coding.driver(), coding.comparator(), coding.tolerance(), coding.timeLimitMs(),
                coding.memoryMb()));
        List<CodingDefinition.Test> tests = coding.tests();
        for (int i = 0; i < tests.size(); i++) {
            CodingDefinition.Test t = tests.get(i);
            testCases.save(new TestCase(versionId, i + 1, t.name(), t.sample() ? TestVisibility.SAMPLE : TestVisibility.HIDDEN,
                    t.weight(), json.writeValueAsString(t.input()), json.writeValueAsString(t.expected())));
        }
        for (int i = 0; i < coding.wrongSolutions().size(); i++) {
            CodingDefinition.Wrong w = coding.wrongSolutions().get(i);
            wrongSolutions.save(new WrongSolution(versionId, i + 1, w.label(), w.code()));
        }
    }
}
