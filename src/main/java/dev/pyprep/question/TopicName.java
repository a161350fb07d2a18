package dev.pyprep.question;

/** A topic tag and its display name (questions/topics.yaml). */
public record TopicName(String slug, String name) {
}
