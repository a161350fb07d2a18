package dev.pyprep.question;

import java.util.List;

/** A question's current version as lists and progress show it. */
public record QuestionSummary(long questionId, long versionId, int version, String slug, String title, QuestionKind kind,
                              Level level, List<String> topics, boolean screenOnly, String sourcePath) {

    public QuestionSummary {
        topics = List.copyOf(topics);
    }
}
