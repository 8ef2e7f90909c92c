package com.piquetickets.saga.config;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Durable deadlines on PostgreSQL, the production database, named by {@code PIQUE_TEST_DB_URL} (with
 * {@code PIQUE_TEST_DB_USER}, default postgres, and {@code PIQUE_TEST_DB_PASSWORD}). The test drops and recreates
 * {@code scheduled_tasks} there, so give it a database of its own.
 */
class DurableDeadlineIT extends DurableDeadlineContract {

    @Override
    DataSource dataSource() {
        String url = System.getenv("PIQUE_TEST_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("DurableDeadlineIT needs PostgreSQL: create a database for it "
                    + "(createdb -h 127.0.0.1 -U postgres <name>) and set PIQUE_TEST_DB_URL="
                    + "jdbc:postgresql://127.0.0.1:5432/<name> and PIQUE_TEST_DB_USER (PIQUE_TEST_DB_PASSWORD if any)");
        }
        String user = System.getenv().getOrDefault("PIQUE_TEST_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("PIQUE_TEST_DB_PASSWORD", "");
        return new DriverManagerDataSource(url, user, password);
    }
}
