package dev.pyprep.screen.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Answers extends JpaRepository<Answer, Long> {

    List<Answer> findByAttemptId(long attemptId);

    Optional<Answer> findByAttemptIdAndScreenQuestionId(long attemptId, long screenQuestionId);

    Optional<Answer> findByLastSubmissionId(long submissionId);

    List<Answer> findByGradePendingTrue();
}
