package com.piquetickets.command.show;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link HoldDurations} ({@code pique.checkout.*-hold}), which the show reads when it holds seats. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HoldDurations.class)
class SeatHoldConfiguration {
}
