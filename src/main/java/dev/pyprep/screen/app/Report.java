package dev.pyprep.screen.app;

import dev.pyprep.grading.SubmissionRecord;
import dev.pyprep.question.QuestionView;
import dev.pyprep.screen.domain.Attempt;
import dev.pyprep.screen.domain.Invite;
import dev.pyprep.screen.domain.Screen;
import dev.pyprep.screen.domain.ScreenQuestion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A candidate's report for the recruiter: every answer, every test (hidden ones too), points and time. */
public record Report(Screen screen, Invite invite, Attempt attempt, ResultRow row, List<Item> items) {

    public record Item(ScreenQuestion question, QuestionView view, Long answerId, String answer, Instant savedAt,
                       BigDecimal awarded, List<String> keyPoints, String expected, SubmissionRecord submission,
                       List<TestLine> tests, int submissions) {
    }

    public record TestLine(int ordinal, String name, String visibility, String verdict, String input, String expected,
                           String actual, Integer timeMs) {
    }
}
