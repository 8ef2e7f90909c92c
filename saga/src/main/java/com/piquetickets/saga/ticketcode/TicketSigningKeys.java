package com.piquetickets.saga.ticketcode;

import com.piquetickets.domain.attendee.TicketCode;
import com.piquetickets.domain.show.ShowId;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One Ed25519 key pair per show in {@code ticket_signing_key}, made the first time a ticket of the show needs a code.
 * Two nodes making the first pair at once both keep the one that was stored first. Keys never change, so each node
 * holds the ones it has read.
 */
@Component
class TicketSigningKeys {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ConcurrentMap<ShowId, KeyPair> pairs = new ConcurrentHashMap<>();
    private final ConcurrentMap<ShowId, PublicKey> publicKeys = new ConcurrentHashMap<>();

    TicketSigningKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The show's key pair, made now when it has none. */
    KeyPair pair(ShowId show) {
        return pairs.computeIfAbsent(show, key -> read(key).orElseGet(() -> create(key)));
    }

    /** The show's public key, if it has one: a show without a key has signed no code. */
    Optional<PublicKey> publicKey(ShowId show) {
        KeyPair pair = pairs.get(show);
        if (pair != null) {
            return Optional.of(pair.getPublic());
        }
        PublicKey known = publicKeys.get(show);
        if (known != null) {
            return Optional.of(known);
        }
        List<String> stored = jdbc.queryForList("select public_key from ticket_signing_key where show_id = ?", String.class,
                show.value());
        return stored.stream().findFirst().map(TicketSigningKeys::publicKey)
                .map(key -> {
                    publicKeys.put(show, key);
                    return key;
                });
    }

    private Optional<KeyPair> read(ShowId show) {
        return jdbc.query("select public_key, private_key from ticket_signing_key where show_id = ?",
                (rs, row) -> new KeyPair(publicKey(rs.getString(1)), privateKey(rs.getString(2))), show.value())
                .stream().findFirst();
    }

    private KeyPair create(ShowId show) {
        KeyPair pair = generate();
        Base64.Encoder base64 = Base64.getEncoder();
        try {
            jdbc.update("insert into ticket_signing_key (show_id, algorithm, public_key, private_key, created_at)"
                            + " values (?, ?, ?, ?, ?)", show.value(), TicketCode.ALGORITHM,
                    base64.encodeToString(pair.getPublic().getEncoded()),
                    base64.encodeToString(pair.getPrivate().getEncoded()), Timestamp.from(clock.instant()));
            return pair;
        } catch (DuplicateKeyException madeElsewhere) {
            return read(show).orElseThrow(() -> madeElsewhere);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(TicketCode.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make " + TicketCode.ALGORITHM + " keys", e);
        }
    }

    private static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance(TicketCode.ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored ticket signing key cannot be read", e);
        }
    }

    private static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance(TicketCode.ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored ticket signing key cannot be read", e);
        }
    }
}
