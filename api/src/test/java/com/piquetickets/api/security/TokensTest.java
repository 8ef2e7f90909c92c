package com.piquetickets.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.piquetickets.domain.common.UserId;
import java.time.Clock;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Refresh tokens are single use; a reused one revokes its whole family. */
class TokensTest {

    private Tokens tokens;

    @BeforeEach
    void setUp() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:tokens-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
        byte[] key = new byte[32];
        tokens = new Tokens(new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(key, "HmacSHA256"))),
                new JdbcTemplate(dataSource), new AuthProperties(null, null, null, null, null), Clock.systemUTC());
    }

    @Test
    void aRefreshTokenWorksOnceAndItsReuseRevokesItsSuccessors() {
        Tokens.TokenPair first = tokens.issue(new UserId(UUID.randomUUID()));
        Tokens.TokenPair second = tokens.refresh(first.refreshToken());
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());

        assertThatThrownBy(() -> tokens.refresh(first.refreshToken())).isInstanceOf(NotAuthenticatedException.class)
                .hasMessageContaining("already used");
        assertThatThrownBy(() -> tokens.refresh(second.refreshToken())).isInstanceOf(NotAuthenticatedException.class)
                .hasMessageContaining("revoked");
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        assertThatThrownBy(() -> tokens.refresh("made-up")).isInstanceOf(NotAuthenticatedException.class);
    }
}
