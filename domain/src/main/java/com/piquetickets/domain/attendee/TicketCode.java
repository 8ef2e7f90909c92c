package com.piquetickets.domain.attendee;

import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What a ticket's QR code holds: a statement signed with its show's Ed25519 key that names the attendee, the show, the
 * ticket type and the issue time, so that a door device can tell a real ticket from a forged one with the show's public
 * key alone, even offline.
 *
 * <p>The text is {@value #PREFIX} followed by the URL-safe base64 (no padding) of 120 bytes: the attendee id, show id and
 * ticket type id (16 bytes each, big-endian UUIDs), the issue time (8 bytes, seconds since the epoch) and the Ed25519
 * signature of those 56 bytes (64 bytes): 164 characters, a version 9 QR code at medium error correction. Tickets
 * issued before codes were signed show their bare attendee UUID, which {@link #bareAttendeeId} recognises.
 */
public record TicketCode(AttendeeId attendeeId, ShowId showId, TicketTypeId ticketTypeId, Instant issuedAt) {

    public static final String PREFIX = "PQ1.";
    public static final String ALGORITHM = "Ed25519";

    private static final int CLAIMS_LENGTH = 56;
    private static final int SIGNATURE_LENGTH = 64;
    private static final int ENCODED_LENGTH = PREFIX.length() + 160;
    private static final Pattern BARE_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public TicketCode {
        Objects.requireNonNull(attendeeId, "attendeeId");
        Objects.requireNonNull(showId, "showId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        issuedAt = Instant.ofEpochSecond(issuedAt.getEpochSecond());
    }

    /** The code's text, signed with the show's private key. */
    public String sign(PrivateKey showKey) {
        return signedWith(claims -> {
            try {
                Signature signer = Signature.getInstance(ALGORITHM);
                signer.initSign(showKey);
                signer.update(claims);
                return signer.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot sign a ticket code", e);
            }
        });
    }

    /**
     * The code's text, with the signature {@code ed25519} makes of the claims: for a signer faster than the JDK's,
     * whose Ed25519 is the larger part of issuing a ticket. Ed25519 is deterministic, so any correct signer gives the
     * same text.
     */
    public String signedWith(UnaryOperator<byte[]> ed25519) {
        byte[] claims = claims();
        byte[] signature = ed25519.apply(claims.clone());
        if (signature.length != SIGNATURE_LENGTH) {
            throw new IllegalStateException("an Ed25519 signature has " + SIGNATURE_LENGTH + " bytes, not " + signature.length);
        }
        byte[] signed = Arrays.copyOf(claims, CLAIMS_LENGTH + SIGNATURE_LENGTH);
        System.arraycopy(signature, 0, signed, CLAIMS_LENGTH, SIGNATURE_LENGTH);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    /**
     * The code a text holds when it is one and its signature verifies with the public key of the show it names
     * ({@code showKeys} answers empty for a show without a key). Anything else, malformed, altered or forged, is empty.
     */
    public static Optional<TicketCode> verify(String text, Function<ShowId, Optional<PublicKey>> showKeys) {
        if (text == null || text.length() != ENCODED_LENGTH || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] signed;
        try {
            signed = Base64.getUrlDecoder().decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (signed.length != CLAIMS_LENGTH + SIGNATURE_LENGTH) {
            return Optional.empty();
        }
        ByteBuffer claims = ByteBuffer.wrap(signed, 0, CLAIMS_LENGTH);
        AttendeeId attendee = new AttendeeId(uuid(claims));
        ShowId show = new ShowId(uuid(claims));
        TicketTypeId ticketType = new TicketTypeId(uuid(claims));
        long issuedAt = claims.getLong();
        Optional<PublicKey> key = showKeys.apply(show);
        if (key.isEmpty() || !signedBy(key.get(), signed)) {
            return Optional.empty();
        }
        // Only what a show's key signed is read further: a forged code's bytes are never taken for a time.
        return Optional.of(new TicketCode(attendee, show, ticketType, Instant.ofEpochSecond(issuedAt)));
    }

    private static boolean signedBy(PublicKey key, byte[] signed) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signed, 0, CLAIMS_LENGTH);
            return verifier.verify(signed, CLAIMS_LENGTH, SIGNATURE_LENGTH);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The attendee a bare UUID names (what tickets issued before signed codes show), if the text is one. */
    public static Optional<AttendeeId> bareAttendeeId(String text) {
        return text != null && BARE_UUID.matcher(text).matches()
                ? Optional.of(new AttendeeId(UUID.fromString(text))) : Optional.empty();
    }

    private byte[] claims() {
        return ByteBuffer.allocate(CLAIMS_LENGTH)
                .putLong(attendeeId.value().getMostSignificantBits()).putLong(attendeeId.value().getLeastSignificantBits())
                .putLong(showId.value().getMostSignificantBits()).putLong(showId.value().getLeastSignificantBits())
                .putLong(ticketTypeId.value().getMostSignificantBits()).putLong(ticketTypeId.value().getLeastSignificantBits())
                .putLong(issuedAt.getEpochSecond())
                .array();
    }

    private static UUID uuid(ByteBuffer bytes) {
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
