package com.piquetickets.api.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The HMAC key that signs and verifies our access tokens: the configured one, or else the one this database keeps,
 * generated on first start. Keeping it in the database (not in memory) means tokens survive a restart, and every node
 * of one database agrees on it; when two nodes start at once, the first insert wins and both read it back.
 */
final class SigningKeys {

    static final int MIN_KEY_BYTES = 32;
    private static final String STORED_KEY_ID = "access-token-hs256";
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    static SecretKey resolve(AuthProperties properties, JdbcTemplate jdbc, Clock clock) {
        if (properties.signingKey() != null && !properties.signingKey().isBlank()) {
            return configured(properties.signingKey());
        }
        return new SecretKeySpec(Base64.getDecoder().decode(stored(jdbc, clock)), "HmacSHA256");
    }

    private static SecretKey configured(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("pique.auth.signing-key (PIQUE_AUTH_SIGNING_KEY) must be base64", e);
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("pique.auth.signing-key (PIQUE_AUTH_SIGNING_KEY) must hold at least "
                    + MIN_KEY_BYTES + " bytes; generate one with: openssl rand -base64 48");
        }
        return new SecretKeySpec(key, "HmacSHA256");
    }

    private static String stored(JdbcTemplate jdbc, Clock clock) {
        List<String> existing = read(jdbc);
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        byte[] fresh = new byte[64];
        new SecureRandom().nextBytes(fresh);
        try {
            jdbc.update("insert into auth_signing_key (key_id, secret, created_at) values (?, ?, ?)", STORED_KEY_ID,
                    Base64.getEncoder().encodeToString(fresh), java.sql.Timestamp.from(clock.instant()));
            log.info("Generated the access-token signing key and stored it in the database "
                    + "(set PIQUE_AUTH_SIGNING_KEY to provide your own)");
        } catch (DuplicateKeyException another) {
            log.info("Another node stored the signing key first; using it");
        }
        return read(jdbc).getFirst();
    }

    private static List<String> read(JdbcTemplate jdbc) {
        return jdbc.queryForList("select secret from auth_signing_key where key_id = ?", String.class, STORED_KEY_ID);
    }
}
