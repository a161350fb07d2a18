package dev.pyprep.admin;

import dev.pyprep.account.CurrentAccount;
import dev.pyprep.system.AuditableEvent;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Every administrator's action is told as an {@link AuditableEvent}, with the state before and after. */
@Component
public class AdminActions {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdminActions(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(CurrentAccount actor, String action, String targetType, String targetId, String before, String after) {
        events.publishEvent(new AuditableEvent(actor == null ? null : actor.id(), action, targetType, targetId, before, after,
                clock.instant()));
    }
}
