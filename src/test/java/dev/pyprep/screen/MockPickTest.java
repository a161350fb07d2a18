package dev.pyprep.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pyprep.question.CodingTask;
import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.QuestionKind;
import dev.pyprep.question.QuestionRef;
import dev.pyprep.question.QuestionSummary;
import dev.pyprep.question.QuestionView;
import dev.pyprep.question.Questions;
import dev.pyprep.question.TopicName;
import dev.pyprep.system.UserError;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Which questions a mock interview picks: practice ones only, matching topics and level, not-yet-mastered first. */
class MockPickTest {

    static QuestionSummary q(long id, String topic, Level level, boolean screenOnly) {
        return new QuestionSummary(id, id * 10, 1, "q" + id, "Q" + id, QuestionKind.CONCEPT, level, List.of(topic), screenOnly, "p");
    }

    static final List<QuestionSummary> CATALOG = List.of(
            q(1, "functions", Level.ENTRY, false), q(2, "functions", Level.ENTRY, false), q(3, "functions", Level.ENTRY, true),
            q(4, "functions", Level.SENIOR, false), q(5, "oop", Level.ENTRY, false));

    static MockInterviews mocks(Set<Long> mastered) {
        Questions bank = new Questions() {
            public Optional<QuestionView> practiceView(String slug) { return Optional.empty(); }
            public Optional<QuestionView> view(long versionId) { return Optional.empty(); }
            public Optional<QuestionRef> ref(long versionId) { return Optional.empty(); }
            public Optional<QuestionRef> current(String slug) { return Optional.empty(); }
            public Optional<CodingTask> codingTask(long versionId) { return Optional.empty(); }
            public Optional<QuestionContent> answerKey(long versionId) { return Optional.empty(); }
            public List<QuestionSummary> catalog() { return CATALOG; }
            public long catalogVersion() { return 1; }
            public List<TopicName> topics() { return List.of(); }
        };
        return new MockInterviews(null, null, null, bank, accountId -> mastered, null, null, null, null, null, null, null);
    }

    @RepeatedTest(10)
    void notYetMasteredPracticeQuestionsOfTheChosenTopicAndLevelComeFirstAndScreenOnlyOnesNever() {
        var picked = mocks(Set.of(1L)).pick(7, new MockInterviews.Request(List.of("functions"), Level.ENTRY, 1, 30));
        assertThat(picked).extracting(QuestionSummary::questionId).containsExactly(2L);
        var all = mocks(Set.of(1L)).pick(7, new MockInterviews.Request(List.of("functions"), Level.ENTRY, 5, 30));
        assertThat(all).extracting(QuestionSummary::questionId).containsExactly(2L, 1L); // mastered ones only to fill up
    }

    @Test
    void noMatchingQuestionIsAClearRefusal() {
        assertThatThrownBy(() -> mocks(Set.of()).pick(7, new MockInterviews.Request(List.of("oop"), Level.SENIOR, 2, 30)))
                .isInstanceOf(UserError.class).hasMessageContaining("No practice question matches");
    }
}
