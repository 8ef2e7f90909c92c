package com.piquetickets.query;

import org.springframework.test.context.TestPropertySource;

/** The identity and onboarding migration and mappings on H2 in PostgreSQL mode with PostgreSQL's lower-case identifiers. */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:identity-lower;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class IdentityOnH2LowerCaseTest extends IdentityScenario {
}
