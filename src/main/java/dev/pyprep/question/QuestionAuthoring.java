package dev.pyprep.question;

import dev.pyprep.question.folder.QuestionDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writing the bank in the browser: drafts in the question file format, checked with the folder's parser, published
 * through the same store path as an import (an edit becomes a new version), and retirement. Drafts and retired
 * questions are offered to nobody: {@link Questions} never returns them.
 */
public interface QuestionAuthoring {

    /** Parses a question file's text as the folder import would; never throws for a bad file. */
    Check check(String slug, String yaml);

    /** Creates or replaces the draft of {@code slug}; a published question's draft becomes its next version. */
    Draft saveDraft(String slug, String yaml, long authorId);

    Optional<Draft> draft(String slug);

    void discardDraft(String slug);

    /** The text of a question's current version, exactly as imported or published. */
    Optional<String> publishedSource(String slug);

    /** Remembers what validating a draft's text (by its hash) proved. */
    void recordValidation(String slug, String yamlHash, boolean ok, String summary);

    /**
     * Publishes a draft whose latest validation passed on exactly its current text: a new question, or a new version
     * of one. The draft is gone afterwards. Throws {@code UserError} saying why when it cannot be published.
     */
    QuestionRef publish(String slug);

    /** Hides a question from practice, search and new screens; versions, history and pinned screens keep working. */
    void retire(String slug);

    void unretire(String slug);

    /** Every question and draft, for administrators: published, retired and draft ones. */
    List<Entry> entries();

    enum Status { PUBLISHED, RETIRED, DRAFT }

    /** A row of the administrators' list. {@code version} is 0 and {@code questionId} null for a draft of a new question. */
    record Entry(Long questionId, String slug, String title, QuestionKind kind, Level level, List<String> topics, boolean screenOnly,
                 Status status, int version, boolean hasDraft, String sourcePath) {
    }

    /** The result of parsing: the definition, or the problem and its 1-based line (null when unknown). */
    record Check(QuestionDefinition definition, String problem, Integer line) {
        public boolean ok() {
            return definition != null;
        }
    }

    /** A draft and the latest validation of its text. */
    record Draft(String slug, String yaml, String sourcePath, long authorId, Instant createdAt, Instant updatedAt,
                 String problem, Integer problemLine, String validatedHash, Boolean validationOk,
                 String validationSummary) {

        public String hash() {
            return hashOf(yaml);
        }

        /** Validated and unchanged since. */
        public boolean publishable() {
            return Boolean.TRUE.equals(validationOk) && hash().equals(validatedHash);
        }

        public boolean changedSinceValidation() {
            return validatedHash != null && !hash().equals(validatedHash);
        }
    }

    /** The content hash of a question file's text (the folder import's SHA-256 of its UTF-8 bytes). */
    static String hashOf(String yaml) {
        return dev.pyprep.question.folder.QuestionFolder.sha256(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
