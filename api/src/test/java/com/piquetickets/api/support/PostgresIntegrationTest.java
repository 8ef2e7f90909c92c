package com.piquetickets.api.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * A {@link SpringBootTest} of the whole application against a real PostgreSQL, chosen by {@link PostgresTestDatabase}:
 * a Testcontainers PostgreSQL ({@code @ServiceConnection}) when a Docker engine is reachable, otherwise the database
 * named by {@code PIQUE_TEST_DB_URL}, {@code PIQUE_TEST_DB_USER}, {@code PIQUE_TEST_DB_PASSWORD}. With neither the
 * context fails to start, and the message says how to provide one. The schema is cleaned and migrated once per test JVM.
 *
 * <p>It serves on a random port. All classes carrying this annotation (with the same attributes) share one cached
 * application context, so only one set of event processors claims the tokens in the shared database. Name
 * them {@code *IT}: they run in {@code verify} (failsafe).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ContextConfiguration(initializers = {PostgresTestDatabase.class, FakeGateways.class, TestUsers.class})
@Import(PostgresTestDatabase.TestcontainersPostgres.class)
public @interface PostgresIntegrationTest {

    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.RANDOM_PORT;

    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
