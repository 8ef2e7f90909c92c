package com.piquetickets.command.show;

import com.piquetickets.command.common.ModuleMigrations;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The JDBC hold schedule on H2 in PostgreSQL mode (the embedded default), with the table made by its Flyway script. */
class JdbcHoldScheduleOnH2Test extends HoldScheduleContract {

    private JdbcHoldSchedule schedule;

    @BeforeEach
    void createSchema() throws Exception {
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:holds-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        applyMigrations(jdbc);
        schedule = new JdbcHoldSchedule(jdbc);
    }

    @Override
    HoldSchedule schedule() {
        return schedule;
    }

    static void applyMigrations(JdbcTemplate jdbc) throws java.io.IOException {
        ModuleMigrations.apply(jdbc, "V13__hold_expiry.sql");
    }
}
