package dev.pyprep.question.folder;

import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.QuestionKind;
import java.util.List;
import java.util.Set;

/** A question file, parsed and checked: the fields every question has, and the typed content of its kind. */
public record QuestionDefinition(String slug, String title, Level level, Set<String> topics, String prompt,
                                 List<String> hints, boolean screenOnly, QuestionContent content) {

    public QuestionDefinition {
        topics = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(topics));
        hints = List.copyOf(hints);
    }

    public QuestionKind kind() {
        return content.kind();
    }

    public QuestionContent.Coding coding() {
        return content instanceof QuestionContent.Coding c ? c : null;
    }
}
