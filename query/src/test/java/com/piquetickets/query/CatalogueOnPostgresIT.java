package com.piquetickets.query;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The catalogue on PostgreSQL, the production database. The database comes from the environment
 * ({@code PIQUE_TEST_DB_URL}, {@code PIQUE_TEST_DB_USER}, {@code PIQUE_TEST_DB_PASSWORD}); the test works in a
 * schema of its own ({@value #SCHEMA}), which it wipes and migrates, so it can share a database with other tests.
 */
class CatalogueOnPostgresIT extends CatalogueScenario {

    static final String SCHEMA = "query_catalogue_it";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> requiredEnv("PIQUE_TEST_DB_URL"));
        registry.add("spring.datasource.username", () -> envOr("PIQUE_TEST_DB_USER", "postgres"));
        registry.add("spring.datasource.password", () -> envOr("PIQUE_TEST_DB_PASSWORD", ""));
        registry.add("spring.datasource.hikari.schema", () -> SCHEMA);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
    }

    static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set. The PostgreSQL integration tests need a database: "
                    + "e.g. createdb -h 127.0.0.1 -U postgres wt_query_test, then "
                    + "export PIQUE_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/wt_query_test "
                    + "(and PIQUE_TEST_DB_USER / PIQUE_TEST_DB_PASSWORD if not postgres without a password).");
        }
        return value;
    }

    static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
