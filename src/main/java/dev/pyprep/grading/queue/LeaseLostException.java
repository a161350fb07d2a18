package dev.pyprep.grading.queue;

/** Another worker took over this submission (our lease expired): our result must not be stored. */
class LeaseLostException extends RuntimeException {
    LeaseLostException(Long id) {
        super("lost the lease on submission " + id);
    }
}
