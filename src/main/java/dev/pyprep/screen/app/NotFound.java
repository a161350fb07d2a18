package dev.pyprep.screen.app;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Absent, or somebody else's: both answer 404 so nobody learns what exists. */
final class NotFound {

    private NotFound() {
    }

    static ResponseStatusException of(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such " + what);
    }
}
