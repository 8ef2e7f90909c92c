package com.piquetickets.api.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Chooses the PostgreSQL that {@link PostgresIntegrationTest}s run against.
 *
 * <ol>
 *   <li>A Docker engine is reachable: one Testcontainers {@code postgres:15-alpine} per test JVM, wired through
 *   {@code @ServiceConnection} ({@link TestcontainersPostgres}).</li>
 *   <li>Otherwise {@value #URL_VARIABLE} (and {@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE}) name the
 *   database; {@code .ci/run} creates one on the local PostgreSQL and exports them.</li>
 *   <li>Neither: the context fails with a message explaining both options. Integration tests never skip silently.</li>
 * </ol>
 *
 * <p>Every test JVM starts from an empty schema: the first context to start cleans it and runs the migrations; later
 * contexts only migrate, so a new context never wipes the tables under one still cached.
 */
public final class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String URL_VARIABLE = "PIQUE_TEST_DB_URL";
    public static final String USER_VARIABLE = "PIQUE_TEST_DB_USER";
    public static final String PASSWORD_VARIABLE = "PIQUE_TEST_DB_PASSWORD";

    private static final AtomicBoolean SCHEMA_CLEANED = new AtomicBoolean();
    private static volatile Boolean dockerAvailable;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.flyway.clean-disabled", "false");
        if (!dockerAvailable()) {
            String url = System.getenv(URL_VARIABLE);
            if (url == null || url.isBlank()) {
                throw new IllegalStateException(missingDatabaseMessage());
            }
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", envOrDefault(USER_VARIABLE, "postgres"));
            properties.put("spring.datasource.password", envOrDefault(PASSWORD_VARIABLE, ""));
        }
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("piqueTestDatabase", properties));
    }

    static boolean dockerAvailable() {
        Boolean available = dockerAvailable;
        if (available == null) {
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                available = false;
            }
            dockerAvailable = available;
        }
        return available;
    }

    private static String envOrDefault(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static String missingDatabaseMessage() {
        return """
                Integration tests need a PostgreSQL database, and none is available.
                Provide one of:
                  1. A Docker engine reachable by Testcontainers (a postgres:15-alpine container is started for the run), or
                  2. An existing, disposable database (its schema is wiped by the tests), named by environment variables:
                       export %s=jdbc:postgresql://127.0.0.1:5432/piquetickets_test
                       export %s=postgres
                       export %s=
                `bash .ci/run` sets up 2. on a Debian machine (installs and starts PostgreSQL, creates the database) and
                runs ./mvnw -B verify.""".formatted(URL_VARIABLE, USER_VARIABLE, PASSWORD_VARIABLE);
    }

    /** Test beans imported by {@link PostgresIntegrationTest}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class TestcontainersPostgres {

        private static PostgreSQLContainer sharedContainer;

        /** One container per test JVM, shared by all cached contexts; Testcontainers' reaper removes it at exit. */
        @Bean(destroyMethod = "")
        @ServiceConnection
        @Conditional(DockerAvailable.class)
        PostgreSQLContainer postgres() {
            synchronized (TestcontainersPostgres.class) {
                if (sharedContainer == null) {
                    sharedContainer = new PostgreSQLContainer("postgres:15-alpine");
                }
                return sharedContainer;
            }
        }

        @Bean
        FlywayMigrationStrategy cleanOncePerTestRunThenMigrate() {
            return flyway -> {
                if (SCHEMA_CLEANED.compareAndSet(false, true)) {
                    flyway.clean();
                }
                flyway.migrate();
            };
        }
    }

    static final class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return dockerAvailable();
        }
    }
}
