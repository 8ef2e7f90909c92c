package com.piquetickets.query;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The door read model on PostgreSQL, the production database, from the same environment as {@link CatalogueOnPostgresIT}
 * ({@code PIQUE_TEST_DB_URL}, ...), in a schema of its own ({@value #SCHEMA}) that it wipes and migrates.
 */
class CheckInOnPostgresIT extends CheckInScenario {

    static final String SCHEMA = "query_check_in_it";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> CatalogueOnPostgresIT.requiredEnv("PIQUE_TEST_DB_URL"));
        registry.add("spring.datasource.username", () -> CatalogueOnPostgresIT.envOr("PIQUE_TEST_DB_USER", "postgres"));
        registry.add("spring.datasource.password", () -> CatalogueOnPostgresIT.envOr("PIQUE_TEST_DB_PASSWORD", ""));
        registry.add("spring.datasource.hikari.schema", () -> SCHEMA);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
    }
}
