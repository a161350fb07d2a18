package dev.pyprep.grading.web;

import dev.pyprep.grading.BadSubmissionException;
import dev.pyprep.grading.CodeTooLargeException;
import dev.pyprep.grading.TooManyQueuedException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/** Turns API failures into {"error": "..."} with a status a script can act on. */
@RestControllerAdvice(assignableTypes = SubmissionApi.class)
class ApiErrors {

    @ExceptionHandler(CodeTooLargeException.class)
    ResponseEntity<Map<String, String>> tooLarge(CodeTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(BadSubmissionException.class)
    ResponseEntity<Map<String, String>> bad(BadSubmissionException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(TooManyQueuedException.class)
    ResponseEntity<Map<String, String>> tooMany(TooManyQueuedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(Map.of("error",
                "The request body must be JSON: {\"questionVersionId\": 1, \"purpose\": \"RUN\" or \"SUBMIT\", \"code\": \"...\"}"));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, String>> status(ResponseStatusException e) {
        return ResponseEntity.status(e.getStatusCode()).body(Map.of("error", String.valueOf(e.getReason())));
    }
}
