package com.piquetickets.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The signing key: configured, or generated once and kept in the database (H2 here, as the embedded default). */
class SigningKeysTest {

    private JdbcTemplate jdbc;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:keys-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void aKeyGeneratedOnFirstStartIsTheKeyOfEveryLaterStart() {
        SecretKey first = SigningKeys.resolve(properties(null), jdbc, Clock.systemUTC());
        SecretKey afterRestart = SigningKeys.resolve(properties(null), jdbc, Clock.systemUTC());
        assertThat(first.getEncoded()).hasSizeGreaterThanOrEqualTo(SigningKeys.MIN_KEY_BYTES)
                .isEqualTo(afterRestart.getEncoded());
    }

    @Test
    void aConfiguredKeyIsUsedAndNothingIsStored() {
        byte[] key = new byte[48];
        new java.security.SecureRandom().nextBytes(key);
        SecretKey resolved = SigningKeys.resolve(properties(Base64.getEncoder().encodeToString(key)), jdbc, Clock.systemUTC());
        assertThat(resolved.getEncoded()).isEqualTo(key);
        assertThat(jdbc.queryForObject("select count(*) from auth_signing_key", Long.class)).isZero();
    }

    @Test
    void aConfiguredKeyThatIsTooShortStopsTheStart() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> SigningKeys.resolve(properties(shortKey), jdbc, Clock.systemUTC()))
                .hasMessageContaining("at least 32 bytes");
    }

    private static AuthProperties properties(String key) {
        return new AuthProperties(key, null, null, null, null);
    }
}
