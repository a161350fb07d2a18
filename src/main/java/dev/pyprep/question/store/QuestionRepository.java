package dev.pyprep.question.store;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface QuestionRepository extends ListCrudRepository<Question, Long> {
    Optional<Question> findBySlug(String slug);
}
