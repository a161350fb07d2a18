package dev.pyprep.grading;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** How grading is doing, for the people who run the platform: the grading processes alive and the queue. */
public record GradingStatus(List<Node> nodes, long waiting, Duration oldestWaiting) {

    public GradingStatus {
        nodes = List.copyOf(nodes);
    }

    /** A grading process: its id and what it last said of itself (engine, image, warm pool). */
    public record Node(String id, String status, Instant startedAt, Instant lastSeen) {
    }

    public String summary() {
        String graders = nodes.isEmpty() ? "no grading process is running: submissions wait until one starts"
                : nodes.size() == 1 ? "1 grading process (" + nodes.getFirst().status() + ")"
                : nodes.size() + " grading processes";
        String queue = waiting == 0 ? "nothing waiting" : waiting + " waiting, the oldest for " + oldestWaiting.toSeconds() + " s";
        return "Grading: " + graders + "; " + queue + ".";
    }
}
