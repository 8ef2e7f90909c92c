package com.piquetickets.command.email;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How {@link Email} is loaded: cached weakly between its few commands (queued, then sent or failed), as orders are
 * ({@code OrderRepositoryConfiguration} explains the trade-off with several nodes).
 */
@Configuration(proxyBeanMethods = false)
class EmailRepositoryConfiguration {

    static final String EMAIL_CACHE = "emailCache";

    @Bean(EMAIL_CACHE)
    Cache emailCache() {
        return new WeakReferenceCache();
    }
}
