package com.piquetickets.api.checkin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code pique.check-in.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckInProperties.class)
class CheckInConfiguration {
}
