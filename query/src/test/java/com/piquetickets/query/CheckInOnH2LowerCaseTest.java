package com.piquetickets.query;

import org.springframework.test.context.TestPropertySource;

/** The check-in migration, mappings and SQL on H2 in PostgreSQL mode with PostgreSQL's lower-case identifiers. */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:checkin-lower;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class CheckInOnH2LowerCaseTest extends CheckInScenario {
}
