package com.piquetickets.command.common;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Caches for aggregates that take several commands within seconds: an order (reservation, checkout session, payment,
 * completion) and its confirmation email (queued, then sent or failed). Without a cache each command replayed and
 * deserialized the aggregate's events again. Entries are held weakly, so memory decides how many stay. With several
 * nodes a stale entry fails its append on the event store's unique (aggregate, sequence) key; the entry is then dropped
 * and the command can be retried. (The hot show has its own cache and snapshots: {@code ShowRepositoryConfiguration}.)
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCaches {

    public static final String ORDER = "orderCache";
    public static final String EMAIL = "emailCache";

    @Bean(ORDER)
    Cache orderCache() {
        return new WeakReferenceCache();
    }

    @Bean(EMAIL)
    Cache emailCache() {
        return new WeakReferenceCache();
    }
}
