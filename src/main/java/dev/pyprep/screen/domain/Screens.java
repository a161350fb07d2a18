package dev.pyprep.screen.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Screens extends JpaRepository<Screen, Long> {

    List<Screen> findByOwnerIdAndKindOrderByCreatedAtDesc(long ownerId, ScreenKind kind);

    List<Screen> findByKindOrderByCreatedAtDesc(ScreenKind kind);

    @Query("select s from Screen s where s.id = ?1 and s.kind = dev.pyprep.screen.domain.ScreenKind.RECRUITER")
    Optional<Screen> findRecruiterScreen(long id);
}
