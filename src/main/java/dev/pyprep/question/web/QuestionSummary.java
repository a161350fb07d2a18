package dev.pyprep.question.web;

import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionKind;
import java.util.List;

record QuestionSummary(String slug, String title, QuestionKind kind, Level level, List<String> topics) {
}
