package dev.pyprep.practice;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Applies a result to a candidate's review schedule (rules in {@link ReviewItem}); times from the injected clock. */
@Component
class ReviewSchedule {

    private final ReviewItemRepository items;
    private final ReviewSettings settings;
    private final Clock clock;
    private final JdbcClient jdbc;

    ReviewSchedule(ReviewItemRepository items, ReviewSettings settings, Clock clock, JdbcClient jdbc) {
        this.items = items;
        this.settings = settings;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Transactional
    public void record(long accountId, long questionId, ReviewResult result) {
        lock(accountId, questionId);
        items.findByAccountIdAndQuestionId(accountId, questionId).ifPresentOrElse(
                item -> item.record(result, clock.instant(), settings),
                () -> {
                    if (!result.success()) {
                        items.save(ReviewItem.failed(accountId, questionId, result, clock.instant(), settings));
                    }
                });
    }

    /**
     * Serialises, until the transaction ends, everything that changes one candidate's standing on one question (a
     * graded submission and a "show solution" may arrive together), so a first failure is inserted once.
     */
    void lock(long accountId, long questionId) {
        jdbc.sql("select pg_advisory_xact_lock(:account, :question)")
                .param("account", (int) accountId).param("question", (int) questionId).query().singleRow();
    }
}
