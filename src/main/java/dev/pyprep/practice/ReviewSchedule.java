package dev.pyprep.practice;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Applies a result to a candidate's review schedule (rules in {@link ReviewItem}); times from the injected clock. */
@Component
class ReviewSchedule {

    private final ReviewItemRepository items;
    private final ReviewSettings settings;
    private final Clock clock;

    ReviewSchedule(ReviewItemRepository items, ReviewSettings settings, Clock clock) {
        this.items = items;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public void record(long accountId, long questionId, ReviewResult result) {
        items.findByAccountIdAndQuestionId(accountId, questionId).ifPresentOrElse(
                item -> item.record(result, clock.instant(), settings),
                () -> {
                    if (!result.success()) {
                        items.save(ReviewItem.failed(accountId, questionId, result, clock.instant(), settings));
                    }
                });
    }
}
