package com.piquetickets.api.projections;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How projections are watched and rebuilt ({@code pique.projections.*}).
 *
 * @param pollInterval  how often every node looks for rebuild requests and samples the processors' positions
 * @param stalledAfter  a processor behind the head whose position has not moved for this long is reported stalled
 * @param rateWindow    the span over which events per second are measured
 */
@ConfigurationProperties("pique.projections")
public record ProjectionProperties(Duration pollInterval, Duration stalledAfter, Duration rateWindow) {

    public ProjectionProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        stalledAfter = stalledAfter == null ? Duration.ofSeconds(30) : stalledAfter;
        rateWindow = rateWindow == null ? Duration.ofSeconds(10) : rateWindow;
    }
}
