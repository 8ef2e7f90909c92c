package com.piquetickets.command.user;

import java.util.UUID;
import javax.sql.DataSource;
import com.piquetickets.command.common.ModuleMigrations;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The JDBC credentials store on H2 in PostgreSQL mode (the embedded default), with the table made by this module's Flyway scripts. */
class JdbcUserCredentialsOnH2Test extends UserCredentialsContract {

    private JdbcUserCredentials credentials;

    @BeforeEach
    void createSchema() throws Exception {
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:credentials-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        applyMigrations(jdbc);
        credentials = new JdbcUserCredentials(jdbc);
    }

    @Override
    UserCredentials credentials() {
        return credentials;
    }

    static void applyMigrations(JdbcTemplate jdbc) throws java.io.IOException {
        ModuleMigrations.apply(jdbc, "V7_1__user_credential.sql", "V11__superuser_guard.sql");
    }
}
