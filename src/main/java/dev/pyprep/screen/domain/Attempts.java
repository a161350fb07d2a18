package dev.pyprep.screen.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Attempts extends JpaRepository<Attempt, Long> {

    Optional<Attempt> findByInviteId(long inviteId);

    List<Attempt> findByScreenId(long screenId);

    /** The attempt row locked until the transaction ends: saving, submitting and closing never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Attempt a where a.id = ?1")
    Optional<Attempt> lock(long id);

    @Query("select a.id from Attempt a where a.submittedAt is null and a.deadlineAt <= ?1")
    List<Long> findOverdue(Instant now);
}
