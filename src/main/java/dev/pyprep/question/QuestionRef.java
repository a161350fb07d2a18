package dev.pyprep.question;

/**
 * A question version's identity as other features need it. {@code current} says whether it is the version candidates
 * are given now; {@code practice} whether candidates may practise it (published, not screen-only).
 */
public record QuestionRef(long versionId, long questionId, String slug, int version, QuestionKind kind, Level level,
                          String title, boolean current, boolean practice) {
}
