package dev.pyprep.practice;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface AnswerAttemptRepository extends ListCrudRepository<AnswerAttempt, Long> {
    Optional<AnswerAttempt> findByIdAndAccountId(long id, long accountId);
}
