package dev.pyprep.practice;

import dev.pyprep.question.QuestionSummary;
import dev.pyprep.question.Questions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A candidate's last 30 UTC days of practice: attempts per day (answers and graded submissions; "show solution" is not
 * an attempt here) and how many practice questions were mastered at the end of each day, by replaying their attempts
 * with the same rule as {@link Progress} (the latest attempt at a question decides).
 */
@Component
class Activity {

    private final AttemptHistory history;
    private final Questions questions;
    private final Clock clock;

    Activity(AttemptHistory history, Questions questions, Clock clock) {
        this.history = history;
        this.questions = questions;
        this.clock = clock;
    }

    ActivityChart of(long accountId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<LocalDate> days = new ArrayList<>();
        for (int i = ActivityChart.DAYS - 1; i >= 0; i--) {
            days.add(today.minusDays(i));
        }
        Set<Long> practice = questions.catalog().stream().filter(q -> !q.screenOnly())
                .map(QuestionSummary::questionId).collect(Collectors.toSet());
        List<Progress.Latest> attempts = history.before(accountId, start(today.plusDays(1)));
        Map<Long, Boolean> mastered = new HashMap<>();
        long[] perDay = new long[days.size()];
        long[] masteredAt = new long[days.size()];
        int next = replay(attempts, 0, start(days.getFirst()), mastered, practice);
        long before = count(mastered);
        for (int i = 0; i < days.size(); i++) {
            int from = next;
            next = replay(attempts, next, start(days.get(i).plusDays(1)), mastered, practice);
            perDay[i] = attempts.subList(from, next).stream().filter(a -> !a.revealed()).count();
            masteredAt[i] = count(mastered);
        }
        return ActivityChart.of(days, perDay, masteredAt, before);
    }

    private static int replay(List<Progress.Latest> attempts, int from, Instant until, Map<Long, Boolean> mastered,
                              Set<Long> practice) {
        int i = from;
        for (; i < attempts.size() && attempts.get(i).at().isBefore(until); i++) {
            Progress.Latest a = attempts.get(i);
            if (practice.contains(a.questionId())) {
                mastered.put(a.questionId(), a.mastered());
            }
        }
        return i;
    }

    private static long count(Map<Long, Boolean> mastered) {
        return mastered.values().stream().filter(Boolean::booleanValue).count();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
