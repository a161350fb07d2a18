package dev.pyprep.question.store;

import dev.pyprep.question.folder.QuestionDefinition;
import dev.pyprep.question.folder.QuestionFileException;
import java.util.HashMap;
import java.util.Map;
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
    private final TopicRepository topics;
    private final ContentMapper content;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    QuestionStore(QuestionRepository questions, QuestionVersionRepository versions, TopicRepository topics,
                  ContentMapper content, JdbcClient jdbc, JsonMapper json) {
        this.questions = questions;
        this.versions = versions;
        this.topics = topics;
        this.content = content;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Each question's slug and the content hash of its current version, in one query. */
    Map<String, String> currentHashes() {
        Map<String, String> hashes = new HashMap<>();
        jdbc.sql("select q.slug, v.content_hash from questions q join question_versions v on v.id = q.current_version_id")
                .query((rs, i) -> hashes.put(rs.getString(1), rs.getString(2))).list();
        return hashes;
    }

    @Transactional
    void saveTopics(Map<String, String> names) {
        names.forEach((slug, name) -> topics.findById(slug).ifPresentOrElse(
                t -> { if (!t.getName().equals(name)) { t.rename(name); } },
                () -> topics.save(new Topic(slug, name))));
    }

    @Transactional
    Outcome save(QuestionDefinition def, String contentHash, String sourcePath, String sourceText) {
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
                content.details(def.content()), def.topics(), def.screenOnly(), sourceText));
        if (def.coding() != null) {
            content.saveCoding(version.getId(), def.coding());
        }
        question.publish(version);
        return number == 1 ? Outcome.ADDED : Outcome.NEW_VERSION;
    }
}
