package dev.pyprep.grading;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface SubmissionRepository extends ListCrudRepository<Submission, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Submission s where s.id = ?1")
    Optional<Submission> findForUpdate(long id);

    Optional<Submission> findByIdAndAccountId(long id, long accountId);

    @Query("""
            select s from Submission s where s.accountId = ?1 and s.questionVersionId in
              (select v.id from QuestionVersion v where v.question.slug = ?2)
            order by s.createdAt desc limit 50""")
    List<Submission> findRecentForQuestion(long accountId, String slug);

    long countByAccountIdAndStatusNot(long accountId, SubmissionStatus status);
}
