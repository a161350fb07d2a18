package dev.pyprep.practice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewItemRepository extends ListCrudRepository<ReviewItem, Long> {

    Optional<ReviewItem> findByAccountIdAndQuestionId(long accountId, long questionId);

    /** Everything still scheduled for one candidate, soonest first. */
    List<ReviewItem> findByAccountIdAndDueAtNotNullOrderByDueAtAscQuestionIdAsc(long accountId);

    default List<ReviewItem> scheduled(long accountId) {
        return findByAccountIdAndDueAtNotNullOrderByDueAtAscQuestionIdAsc(accountId);
    }
}
