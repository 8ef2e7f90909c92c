package com.piquetickets.command.show;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.command.common.ThrowawayPostgresSchema;
import com.piquetickets.domain.show.ShowId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The JDBC hold schedule on PostgreSQL, in a throwaway schema ({@link ThrowawayPostgresSchema}). */
class JdbcHoldScheduleOnPostgresTest extends HoldScheduleContract {

    private static ThrowawayPostgresSchema schema;
    private static SimpleDriverDataSource dataSource;
    private static JdbcTemplate jdbc;
    private static JdbcHoldSchedule schedule;

    @BeforeAll
    static void createSchema() throws Exception {
        schema = ThrowawayPostgresSchema.create("holds_test");
        dataSource = schema.dataSource();
        jdbc = new JdbcTemplate(dataSource);
        JdbcHoldScheduleOnH2Test.applyMigrations(jdbc);
        schedule = new JdbcHoldSchedule(jdbc);
    }

    @AfterAll
    static void dropSchema() {
        if (schema != null) {
            schema.drop();
        }
    }

    @BeforeEach
    void emptySchedule() {
        jdbc.update("delete from hold_expiry");
    }

    @Override
    HoldSchedule schedule() {
        return schedule;
    }

    @Test
    void aRolledBackReservationLeavesNoTime() {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        ShowId show = new ShowId(UUID.randomUUID());
        Instant at = Instant.parse("2030-03-01T12:30:00Z");

        tx.executeWithoutResult(status -> {
            schedule.record(show, at);
            status.setRollbackOnly();
        });

        assertThat(schedule.dueBy(at, 10)).isEmpty();
    }
}
