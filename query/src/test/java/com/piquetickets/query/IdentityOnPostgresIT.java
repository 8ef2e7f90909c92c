package com.piquetickets.query;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The identity and onboarding read models on PostgreSQL, in a schema of their own ({@value #SCHEMA}). */
class IdentityOnPostgresIT extends IdentityScenario {

    static final String SCHEMA = "query_identity_it";

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
