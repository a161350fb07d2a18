package dev.pyprep.question;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface QuestionVersionRepository extends ListCrudRepository<QuestionVersion, Long> {

    List<QuestionVersion> findByQuestionSlugOrderByVersion(String slug);

    @Query("select v from Question q join q.currentVersion v where q.slug = ?1")
    Optional<QuestionVersion> findCurrent(String slug);
}
