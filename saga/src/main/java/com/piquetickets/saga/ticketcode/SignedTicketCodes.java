package com.piquetickets.saga.ticketcode;

import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.TicketCode;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import java.security.PrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.springframework.stereotype.Component;

/** {@link TicketCodes} with one Ed25519 key pair per show ({@link TicketSigningKeys}). */
@Component
class SignedTicketCodes implements TicketCodes {

    private final TicketSigningKeys keys;
    private final Map<ShowId, Ed25519PrivateKeyParameters> signers = new ConcurrentHashMap<>();

    SignedTicketCodes(TicketSigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public String codeFor(AttendeeId attendee, ShowId show, TicketTypeId ticketType, Instant issuedAt) {
        Ed25519PrivateKeyParameters key = signers.computeIfAbsent(show, this::signingKey);
        return new TicketCode(attendee, show, ticketType, issuedAt).signedWith(claims -> {
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, key);
            signer.update(claims, 0, claims.length);
            return signer.generateSignature();
        });
    }

    /** Bouncy Castle signs Ed25519 about ten times faster than the JDK; the key is the same 32-byte seed. */
    private Ed25519PrivateKeyParameters signingKey(ShowId show) {
        PrivateKey key = keys.pair(show).getPrivate();
        byte[] seed = ((EdECPrivateKey) key).getBytes()
                .orElseThrow(() -> new IllegalStateException("the signing key of show " + show + " has no seed"));
        return new Ed25519PrivateKeyParameters(seed, 0);
    }

    @Override
    public Optional<TicketCode> verify(String text) {
        return TicketCode.verify(text, keys::publicKey);
    }

    @Override
    public String publicKey(ShowId show) {
        return Base64.getEncoder().encodeToString(keys.pair(show).getPublic().getEncoded());
    }
}
