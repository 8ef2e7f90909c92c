package com.piquetickets.command.catalogue;

import java.util.UUID;
import javax.sql.DataSource;
import com.piquetickets.command.common.ModuleMigrations;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The JDBC registry on H2 in PostgreSQL mode (the embedded default), with the table made by the Flyway V2, V8.1 and V12 scripts. */
class JdbcCatalogueRegistryOnH2Test extends CatalogueRegistryContract {

    private JdbcCatalogueRegistry registry;

    @BeforeEach
    void createSchema() throws Exception {
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:registry-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        applyMigrations(jdbc);
        registry = new JdbcCatalogueRegistry(jdbc);
    }

    @Override
    CatalogueRegistry registry() {
        return registry;
    }

    static void applyMigrations(JdbcTemplate jdbc) throws java.io.IOException {
        ModuleMigrations.apply(jdbc, "V2__catalogue_registry.sql", "V8_1__catalogue_charges_enabled.sql",
                "V12__catalogue_payout_account.sql");
    }
}
