package dev.pyprep.grading;

/** A request to grade code. {@code customInput} only for RUN. */
public record NewSubmission(long accountId, long questionVersionId, Purpose purpose, String code, String customInput,
                            Origin origin, Long originRef) {

    public static NewSubmission practice(long accountId, long questionVersionId, Purpose purpose, String code,
                                         String customInput) {
        return new NewSubmission(accountId, questionVersionId, purpose, code, customInput, Origin.PRACTICE, null);
    }
}
