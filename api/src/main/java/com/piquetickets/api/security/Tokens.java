package com.piquetickets.api.security;

import com.piquetickets.domain.common.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues our tokens: a short-lived signed JWT access token, and a refresh token that renews it. Refresh tokens are
 * random, kept only as hashes, and single use: each refresh rotates the token, and a rotated token presented again
 * (a replay by whoever stole it, or by its owner after the thief) revokes its whole family.
 */
@Component
public class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JwtEncoder encoder;
    private final JdbcTemplate jdbc;
    private final AuthProperties properties;
    private final Clock clock;

    Tokens(JwtEncoder encoder, JdbcTemplate jdbc, AuthProperties properties, Clock clock) {
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new session for a user who just proved who they are. */
    @Transactional
    public TokenPair issue(UserId user) {
        return issue(user, UUID.randomUUID());
    }

    /** Trades a refresh token for a new pair; the presented token is used up. Throws when it is not valid now. */
    @Transactional(noRollbackFor = NotAuthenticatedException.class) // a reuse must still revoke the family
    public TokenPair refresh(String refreshToken) {
        String hash = sha256(refreshToken);
        List<StoredRefreshToken> found = jdbc.query(
                "select family_id, user_id, expires_at, used_at, revoked_at from refresh_token where token_hash = ? for update",
                (rs, row) -> new StoredRefreshToken(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4), rs.getTimestamp(5)), hash);
        if (found.isEmpty()) {
            throw new NotAuthenticatedException("invalid-refresh-token", "the refresh token is not one we issued");
        }
        StoredRefreshToken token = found.getFirst();
        Instant now = clock.instant();
        if (token.revokedAt() != null) {
            throw new NotAuthenticatedException("invalid-refresh-token", "the refresh token was revoked; sign in again");
        }
        if (token.usedAt() != null) {
            revokeFamily(token.familyId());
            throw new NotAuthenticatedException("invalid-refresh-token",
                    "the refresh token was already used; every token of this sign-in is now revoked, sign in again");
        }
        if (!now.isBefore(token.expiresAt())) {
            throw new NotAuthenticatedException("invalid-refresh-token", "the refresh token has expired; sign in again");
        }
        jdbc.update("update refresh_token set used_at = ? where token_hash = ?", Timestamp.from(now), hash);
        return issue(new UserId(token.userId()), token.familyId());
    }

    /** Signs out: the refresh token and every token rotated from the same sign-in stop working. */
    @Transactional
    public void revoke(String refreshToken) {
        jdbc.queryForList("select family_id from refresh_token where token_hash = ?", UUID.class, sha256(refreshToken))
                .forEach(this::revokeFamily);
    }


    private TokenPair issue(UserId user, UUID familyId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.accessTokenTtl());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(user.toString())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(expiresAt)
                .id(UUID.randomUUID().toString())
                .build();
        String accessToken = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        String refreshToken = randomToken();
        jdbc.update("insert into refresh_token (token_hash, family_id, user_id, issued_at, expires_at) values (?, ?, ?, ?, ?)",
                sha256(refreshToken), familyId, user.value(), Timestamp.from(now),
                Timestamp.from(now.plus(properties.refreshTokenTtl())));
        return new TokenPair(accessToken, refreshToken, properties.accessTokenTtl().toSeconds(), "Bearer");
    }

    private void revokeFamily(UUID familyId) {
        jdbc.update("update refresh_token set revoked_at = ? where family_id = ? and revoked_at is null",
                Timestamp.from(clock.instant()), familyId);
    }

    /** 256 random bits, URL-safe: refresh and invitation tokens. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex SHA-256: how refresh and invitation tokens are stored, so a leaked table reveals no usable token. */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a sign-in or a refresh answers. {@code expiresIn} is in seconds, as in OAuth 2.0. */
    public record TokenPair(String accessToken, String refreshToken, long expiresIn, String tokenType) {
    }

    private record StoredRefreshToken(UUID familyId, UUID userId, Instant expiresAt, Timestamp usedAt, Timestamp revokedAt) {
    }
}
