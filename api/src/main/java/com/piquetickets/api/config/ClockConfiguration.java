package com.piquetickets.api.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now" for handlers, sagas and controllers. Tests replace it with a {@code @Primary} fixed or mutable clock.
 * Axon's own message timestamps keep Axon's default ({@code GenericEventMessage.clock}, system UTC).
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
