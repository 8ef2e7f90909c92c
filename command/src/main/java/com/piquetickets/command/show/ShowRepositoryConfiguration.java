package com.piquetickets.command.show;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How {@link Show} is loaded. A hot show takes thousands of reservations in minutes, and every command on it would
 * otherwise replay its whole history:
 * <ul>
 *   <li>a cache keeps the show in memory between commands. With several nodes, a node whose cached show is stale
 *   fails its append on the event store's unique (aggregate, sequence) key; the cache entry is then dropped and the
 *   command can be retried on fresh state;</li>
 *   <li>a snapshot every {@value #SNAPSHOT_EVERY} events bounds what a cold load (a restart, a cache miss) replays.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ShowRepositoryConfiguration {

    static final int SNAPSHOT_EVERY = 500;

    @Bean
    SnapshotTriggerDefinition showSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }

    @Bean
    Cache showCache() {
        return new WeakReferenceCache();
    }
}
