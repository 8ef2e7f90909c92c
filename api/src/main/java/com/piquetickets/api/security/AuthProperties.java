package com.piquetickets.api.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How tokens are made and which ones are trusted ({@code pique.auth.*}).
 *
 * @param signingKey       base64 of at least 32 random bytes that sign our access tokens (HS256); when blank, a key is
 *                         generated on first start and kept in the database, so tokens survive a restart
 * @param issuer           the {@code iss} of our tokens
 * @param accessTokenTtl   how long an access token is valid; short, because a refresh token renews it
 * @param refreshTokenTtl  how long a refresh token is valid (each is used once)
 * @param oidc             an external OpenID Connect issuer whose tokens are accepted as well (off when its issuer is blank)
 */
@ConfigurationProperties("pique.auth")
public record AuthProperties(String signingKey, String issuer, Duration accessTokenTtl, Duration refreshTokenTtl, Oidc oidc) {

    public static final String DEFAULT_ISSUER = "piquetickets";

    public AuthProperties {
        issuer = issuer == null || issuer.isBlank() ? DEFAULT_ISSUER : issuer;
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(30) : refreshTokenTtl;
        oidc = oidc == null ? new Oidc(null, null) : oidc;
    }

    /**
     * @param issuerUri the issuer (its {@code /.well-known/openid-configuration} is read on first use)
     * @param audience  when set, the {@code aud} that external tokens must carry
     */
    public record Oidc(String issuerUri, String audience) {

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }
}
