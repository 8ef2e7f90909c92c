package com.piquetickets.command.common;

import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A schema of its own in the test PostgreSQL, for the tests of the command side's JDBC stores. The database is named by
 * {@code PIQUE_TEST_DB_URL}, {@code PIQUE_TEST_DB_USER} and {@code PIQUE_TEST_DB_PASSWORD} (default: postgres on
 * 127.0.0.1:5432); without one the test fails and says how to provide it.
 */
public final class ThrowawayPostgresSchema {

    private static final String URL = env("PIQUE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = env("PIQUE_TEST_DB_USER", "postgres");
    private static final String PASSWORD = env("PIQUE_TEST_DB_PASSWORD", "");

    private final String name;
    private final JdbcTemplate admin;
    private final SimpleDriverDataSource dataSource;

    private ThrowawayPostgresSchema(String name, JdbcTemplate admin, SimpleDriverDataSource dataSource) {
        this.name = name;
        this.admin = admin;
        this.dataSource = dataSource;
    }

    /** Creates {@code <prefix>_<random>} and a data source whose connections work in it. */
    public static ThrowawayPostgresSchema create(String prefix) {
        SimpleDriverDataSource adminSource = new SimpleDriverDataSource(new org.postgresql.Driver(), URL, USER, PASSWORD);
        try {
            adminSource.getConnection().close();
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for this test and is not reachable at " + URL
                    + " as " + USER + ". Start one there, or name yours with PIQUE_TEST_DB_URL, "
                    + "PIQUE_TEST_DB_USER and PIQUE_TEST_DB_PASSWORD.", e);
        }
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        JdbcTemplate admin = new JdbcTemplate(adminSource);
        admin.execute("create schema " + name);
        String separator = URL.contains("?") ? "&" : "?";
        return new ThrowawayPostgresSchema(name, admin, new SimpleDriverDataSource(new org.postgresql.Driver(),
                URL + separator + "currentSchema=" + name, USER, PASSWORD));
    }

    /** Connections whose search path is this schema. */
    public SimpleDriverDataSource dataSource() {
        return dataSource;
    }

    /** Statements outside the schema (for instance on {@code pg_stat_activity}). */
    public JdbcTemplate admin() {
        return admin;
    }

    public void drop() {
        admin.execute("drop schema if exists " + name + " cascade");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
