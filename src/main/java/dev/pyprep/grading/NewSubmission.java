package dev.pyprep.grading;

/**
 * A request to grade code. {@code customInput} only for RUN. {@code accountId} may be null only for a SCREEN submission
 * by someone without an account: {@code originRef} (the screen attempt) then identifies them.
 */
public record NewSubmission(Long accountId, long questionVersionId, Purpose purpose, String code, String customInput,
                            Origin origin, Long originRef) {

    public static NewSubmission practice(long accountId, long questionVersionId, Purpose purpose, String code,
                                         String customInput) {
        return new NewSubmission(accountId, questionVersionId, purpose, code, customInput, Origin.PRACTICE, null);
    }
}
