package dev.pyprep.question.bank;

import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A question file, parsed and checked. {@code details} holds the kind-specific fields; {@code coding} is set for coding questions. */
public record QuestionDefinition(String slug, String title, QuestionKind kind, Level level, Set<String> topics,
                                 String prompt, List<String> hints, Map<String, Object> details,
                                 CodingDefinition coding) {
}
