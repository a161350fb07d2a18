package dev.pyprep.question;

import java.util.List;
import java.util.Optional;

/**
 * The question bank as other features use it. Views are candidate-safe; {@link #codingTask} and {@link #answerKey}
 * hold hidden tests and answer keys and never leave the server.
 */
public interface Questions {

    /** The current version of a question candidates may practise (published, not screen-only). */
    Optional<QuestionView> practiceView(String slug);

    /** Any version, as a candidate sees it before answering (screens pin versions). */
    Optional<QuestionView> view(long versionId);

    Optional<QuestionRef> ref(long versionId);

    /** The current version of any question, screen-only ones included. */
    Optional<QuestionRef> current(String slug);

    Optional<CodingTask> codingTask(long versionId);

    /** The answer key and teaching material of a version: model answers, option keys, expected output, tests. */
    Optional<QuestionContent> answerKey(long versionId);

    /** Every question's current version, in list order (level, then title). */
    List<QuestionSummary> catalog();

    /**
     * Changes whenever {@link #catalog()} or {@link #topics()} do (an import, an edit, a retirement), and only then:
     * what is built from them can be kept while it stays the same.
     */
    long catalogVersion();

    List<TopicName> topics();
}
