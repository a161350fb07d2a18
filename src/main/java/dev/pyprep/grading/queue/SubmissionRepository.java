package dev.pyprep.grading.queue;

import jakarta.persistence.LockModeType;
import dev.pyprep.grading.Origin;
import dev.pyprep.grading.SubmissionStatus;
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
            select s from Submission s where s.accountId = ?1 and s.questionId = ?2 and s.origin = ?3
            order by s.createdAt desc, s.id desc limit 50""")
    List<Submission> findRecentForQuestion(long accountId, long questionId, Origin origin);

    long countByAccountIdAndStatusNot(long accountId, SubmissionStatus status);

    long countByOriginAndOriginRefAndStatusNot(Origin origin, Long originRef, SubmissionStatus status);

    /** The latest submissions of one screen attempt (its origin reference) for one question, newest first. */
    @Query("""
            select s from Submission s where s.origin = dev.pyprep.grading.Origin.SCREEN and s.originRef = ?1
              and s.questionId = ?2 order by s.createdAt desc, s.id desc limit 50""")
    List<Submission> findRecentForScreen(long originRef, long questionId);
}
