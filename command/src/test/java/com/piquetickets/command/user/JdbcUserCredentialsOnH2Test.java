package com.piquetickets.command.user;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The JDBC credentials store on H2 in PostgreSQL mode (the embedded default), with the table made by the Flyway V7 script. */
class JdbcUserCredentialsOnH2Test extends UserCredentialsContract {

    private JdbcUserCredentials credentials;

    @BeforeEach
    void createSchema() throws Exception {
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:credentials-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute(Files.readString(MigrationScript.path()));
        credentials = new JdbcUserCredentials(jdbc);
    }

    @Override
    UserCredentials credentials() {
        return credentials;
    }

    /** Where the api module keeps the migration that owns the table. */
    static final class MigrationScript {
        static Path path() {
            Path fromModule = Path.of("../api/src/main/resources/db/migration/common/V7__identity_and_onboarding.sql");
            Path fromRoot = Path.of("api/src/main/resources/db/migration/common/V7__identity_and_onboarding.sql");
            return Files.exists(fromModule) ? fromModule : fromRoot;
        }
    }
}
