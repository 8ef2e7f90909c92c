package com.piquetickets.saga.config;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Durable deadlines on the embedded default database: H2 in PostgreSQL mode, as the app configures it. */
class DurableDeadlineOnH2Test extends DurableDeadlineContract {

    @Override
    DataSource dataSource() {
        return new DriverManagerDataSource("jdbc:h2:mem:deadlines;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }
}
