package dev.pyprep.screen.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Invites extends JpaRepository<Invite, Long> {

    Optional<Invite> findByTokenHash(byte[] tokenHash);

    List<Invite> findByScreenIdOrderByCreatedAtAscIdAsc(long screenId);
}
