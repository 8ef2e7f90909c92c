package com.piquetickets.command.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JDBC credentials store on PostgreSQL, in a throwaway schema. The database is named by {@code PIQUE_TEST_DB_URL},
 * {@code PIQUE_TEST_DB_USER} and {@code PIQUE_TEST_DB_PASSWORD} (default: postgres on 127.0.0.1:5432).
 */
class JdbcUserCredentialsOnPostgresTest extends UserCredentialsContract {

    private static final String URL = env("PIQUE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = env("PIQUE_TEST_DB_USER", "postgres");
    private static final String PASSWORD = env("PIQUE_TEST_DB_PASSWORD", "");
    private static final String SCHEMA = "credentials_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);

    private static JdbcTemplate admin;
    private static SimpleDriverDataSource dataSource;
    private static JdbcUserCredentials credentials;

    @BeforeAll
    static void createSchema() throws Exception {
        SimpleDriverDataSource adminSource = new SimpleDriverDataSource(new org.postgresql.Driver(), URL, USER, PASSWORD);
        try {
            adminSource.getConnection().close();
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for this test and is not reachable at " + URL
                    + " as " + USER + ". Start one there, or name yours with PIQUE_TEST_DB_URL, "
                    + "PIQUE_TEST_DB_USER and PIQUE_TEST_DB_PASSWORD.", e);
        }
        admin = new JdbcTemplate(adminSource);
        admin.execute("create schema " + SCHEMA);
        String separator = URL.contains("?") ? "&" : "?";
        dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), URL + separator + "currentSchema=" + SCHEMA, USER, PASSWORD);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute(Files.readString(JdbcUserCredentialsOnH2Test.MigrationScript.path()));
        credentials = new JdbcUserCredentials(jdbc);
    }

    @AfterAll
    static void dropSchema() {
        if (admin != null) {
            admin.execute("drop schema if exists " + SCHEMA + " cascade");
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

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
