package dev.pyprep.grading.judge;

import tools.jackson.databind.JsonNode;

/** What the sandbox harness reports, one typed event per line of its output. */
public sealed interface HarnessEvent {

    /** The code did not compile; nothing ran. */
    record CompileFailed(TestOutcome.CodeError error) implements HarnessEvent {
    }

    /** One test ran (or was stopped). {@code value} is the return value (or printed text) when {@code status} is OK. */
    record TestRan(int id, Status status, JsonNode value, String stdout, String stderr, int timeMs,
                   TestOutcome.CodeError error) implements HarnessEvent {
    }

    /** The harness finished every test it was given. */
    record Done() implements HarnessEvent {
    }

    enum Status { OK, ERROR, TIMEOUT, MEMORY, OUTPUT_LIMIT, NOT_RUN, UNKNOWN }
}
