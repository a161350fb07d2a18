package dev.pyprep.question.store;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface QuestionVersionRepository extends ListCrudRepository<QuestionVersion, Long> {

    List<QuestionVersion> findByQuestionSlugOrderByVersion(String slug);

    @Query("select v from QuestionVersion v join fetch v.question where v.id = ?1")
    Optional<QuestionVersion> findWithQuestion(long id);
}
