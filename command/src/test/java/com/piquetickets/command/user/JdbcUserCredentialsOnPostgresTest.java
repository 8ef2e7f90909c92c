package com.piquetickets.command.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.command.common.ThrowawayPostgresSchema;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JDBC credentials store on PostgreSQL, in a throwaway schema ({@link ThrowawayPostgresSchema}).
 */
class JdbcUserCredentialsOnPostgresTest extends UserCredentialsContract {

    private static ThrowawayPostgresSchema schema;
    private static SimpleDriverDataSource dataSource;
    private static JdbcUserCredentials credentials;

    @BeforeAll
    static void createSchema() throws Exception {
        schema = ThrowawayPostgresSchema.create("credentials_test");
        dataSource = schema.dataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        JdbcUserCredentialsOnH2Test.applyMigrations(jdbc);
        credentials = new JdbcUserCredentials(jdbc);
    }

    @AfterAll
    static void dropSchema() {
        if (schema != null) {
            schema.drop();
        }
    }

    @Override
    UserCredentials credentials() {
        return credentials;
    }

    @Test
    void aRolledBackRegistrationReleasesTheEmail() {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        String email = "rolled-back-" + UUID.randomUUID() + "@example.com";

        tx.executeWithoutResult(status -> {
            credentials.claim(UUID.randomUUID(), email, "hash-1");
            status.setRollbackOnly();
        });

        assertThat(credentials.findByEmail(email)).isEmpty();
        UUID second = UUID.randomUUID();
        credentials.claim(second, email, "hash-2");
        assertThat(credentials.findByEmail(email).orElseThrow().userId()).isEqualTo(second);
    }
}
