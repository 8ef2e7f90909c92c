package com.piquetickets.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.piquetickets.command.common.ThrowawayPostgresSchema;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.common.Slug;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JDBC registry on PostgreSQL, in a throwaway schema ({@link ThrowawayPostgresSchema}).
 */
class JdbcCatalogueRegistryOnPostgresTest extends CatalogueRegistryContract {

    private static ThrowawayPostgresSchema schema;
    private static JdbcTemplate admin;
    private static SimpleDriverDataSource dataSource;
    private static JdbcCatalogueRegistry registry;

    @BeforeAll
    static void createSchema() throws Exception {
        schema = ThrowawayPostgresSchema.create("registry_test");
        admin = schema.admin();
        dataSource = schema.dataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        JdbcCatalogueRegistryOnH2Test.applyMigrations(jdbc);
        registry = new JdbcCatalogueRegistry(jdbc);
    }

    @AfterAll
    static void dropSchema() {
        if (schema != null) {
            schema.drop();
        }
    }

    @Override
    CatalogueRegistry registry() {
        return registry;
    }

    @Test
    void aRolledBackCommandReleasesItsClaim() {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        UUID id = UUID.randomUUID();
        String name = "Rolled Back " + id;

        tx.executeWithoutResult(status -> {
            registry.register(CatalogueKind.SHOW, id, name, null);
            status.setRollbackOnly();
        });

        assertThat(registry.exists(CatalogueKind.SHOW, id)).isFalse();
        assertThat(registry.register(CatalogueKind.SHOW, UUID.randomUUID(), name, null)).isEqualTo(Slug.fromName(name));
    }

    @Test
    void ofTwoConcurrentClaimsOfOneSlugOnlyOneCommits() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        Slug contested = new Slug("contested-" + UUID.randomUUID().toString().substring(0, 8));
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        // Two threads of its own: on a 2-core machine the common pool has one worker, and the claims would not overlap.
        ExecutorService claimants = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            registry.register(CatalogueKind.VENUE, UUID.randomUUID(), "First", contested);
            firstClaimed.countDown();
            await(releaseFirst);
        }), claimants);
        await(firstClaimed);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> tx.executeWithoutResult(
                status -> registry.register(CatalogueKind.VENUE, UUID.randomUUID(), "Second", contested)), claimants);
        // The second insert now waits on the first one's uncommitted row.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> admin.queryForObject(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
                Integer.class) > 0);
        releaseFirst.countDown();

        first.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(RuleViolationException.class)
                .cause().hasMessageContaining(contested.value());
        assertThat(((RuleViolationException) catchCause(second)).code()).isEqualTo("slug-taken");
        claimants.shutdown();
    }

    private static Throwable catchCause(CompletableFuture<Void> future) {
        try {
            future.join();
            return null;
        } catch (RuntimeException e) {
            return e.getCause();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
