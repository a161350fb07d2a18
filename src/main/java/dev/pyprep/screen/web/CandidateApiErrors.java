package dev.pyprep.screen.web;

import dev.pyprep.grading.TooManyQueuedException;
import dev.pyprep.screen.domain.DeadlinePassedException;
import dev.pyprep.system.UserError;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/** The take page's calls answer {"error": "..."}: 409 after the deadline, 429 when too many, 422 for other refusals. */
@RestControllerAdvice(assignableTypes = CandidateApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CandidateApiErrors {

    @ExceptionHandler(DeadlinePassedException.class)
    ResponseEntity<Map<String, String>> late(DeadlinePassedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(TooManyQueuedException.class)
    ResponseEntity<Map<String, String>> tooMany(TooManyQueuedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(UserError.class)
    ResponseEntity<Map<String, String>> refused(UserError e) {
        return ResponseEntity.unprocessableContent().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, String>> status(ResponseStatusException e) {
        return ResponseEntity.status(e.getStatusCode()).body(Map.of("error", String.valueOf(e.getReason())));
    }
}
