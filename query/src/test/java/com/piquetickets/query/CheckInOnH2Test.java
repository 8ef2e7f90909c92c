package com.piquetickets.query;

import org.springframework.test.context.TestPropertySource;

/** The check-in migration, mappings and SQL on H2 in PostgreSQL mode, with H2's default upper-case identifiers. */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:checkin-upper;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class CheckInOnH2Test extends CheckInScenario {
}
