package com.piquetickets.command.order;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How {@link Order} is loaded. A checkout sends an order half a dozen commands within seconds (reservation, checkout
 * session, payment, completion), and without a cache each replayed and deserialized the order's events again. The
 * cache holds orders weakly, so memory decides how many stay. With several nodes a stale entry fails its append on the
 * event store's unique (aggregate, sequence) key; the entry is then dropped and the command can be retried.
 */
@Configuration(proxyBeanMethods = false)
class OrderRepositoryConfiguration {

    static final String ORDER_CACHE = "orderCache";

    @Bean(ORDER_CACHE)
    Cache orderCache() {
        return new WeakReferenceCache();
    }
}
