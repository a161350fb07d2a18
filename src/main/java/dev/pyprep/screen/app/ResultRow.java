package dev.pyprep.screen.app;

import dev.pyprep.screen.domain.Attempt;
import dev.pyprep.screen.domain.Invite;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** One invite in a screen's results: score and pass/fail once submitted; {@code pending} while marking is left. */
public record ResultRow(Invite invite, Attempt attempt, BigDecimal score, int maxScore, Boolean passed, Duration timeUsed,
                        Instant submittedAt, boolean pending) {

    public String timeUsedText() {
        if (timeUsed == null) {
            return "";
        }
        return "%d:%02d".formatted(timeUsed.toMinutes(), timeUsed.toSecondsPart());
    }
}
