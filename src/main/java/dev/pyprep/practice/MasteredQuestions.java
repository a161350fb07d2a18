package dev.pyprep.practice;

import dev.pyprep.screen.PracticeRecord;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The practice feature's answer to mock interviews: which questions a candidate has mastered, from their attempts. */
@Component
class MasteredQuestions implements PracticeRecord {

    private final AttemptHistory history;

    MasteredQuestions(AttemptHistory history) {
        this.history = history;
    }

    @Override
    public Set<Long> masteredQuestionIds(long accountId) {
        return history.latest(accountId).values().stream().filter(Progress.Latest::mastered)
                .map(Progress.Latest::questionId).collect(Collectors.toUnmodifiableSet());
    }
}
