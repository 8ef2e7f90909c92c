package com.piquetickets.query;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * The query module on its own: its projections, query handlers, JPA and the read-model migrations (V3, V5 and V8, copied from
 * the api module by the build), without Axon's infrastructure. Tests drive the handlers through Axon's annotation
 * adapters, as the event processors and the query bus would.
 */
@SpringBootApplication
class QueryTestApplication {

    /** "Now" for the show queries in tests. */
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** What the projections tell subscription queries through; in the application Axon's auto-configuration makes it. */
    @Bean
    QueryUpdateEmitter queryUpdateEmitter() {
        return SimpleQueryUpdateEmitter.builder().build();
    }

    /** A fresh schema for every run: the test schema holds nothing but this module's tables. */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
