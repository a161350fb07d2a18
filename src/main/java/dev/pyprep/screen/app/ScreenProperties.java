package dev.pyprep.screen.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Invite settings: the sender address and how long an unopened link stays valid by default. */
@ConfigurationProperties("pyprep.screen")
public record ScreenProperties(@DefaultValue("screens@pyprep.local") String from,
                                 @DefaultValue("7d") Duration inviteValidity,
                                 @DefaultValue("60s") Duration closerInterval) {
}
