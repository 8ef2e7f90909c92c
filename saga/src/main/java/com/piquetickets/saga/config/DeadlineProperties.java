package com.piquetickets.saga.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pique.deadlines.*}: how the deadline scheduler polls its table.
 *
 * @param pollingInterval how often due deadlines are looked for; a deadline fires at most this late
 * @param threads         deadlines run concurrently on one node
 */
@ConfigurationProperties("pique.deadlines")
public record DeadlineProperties(@DefaultValue("5s") Duration pollingInterval, @DefaultValue("4") int threads) {
}
