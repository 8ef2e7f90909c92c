package com.piquetickets.domain.attendee;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The signed ticket code: what it holds, how long it is, and that nothing but the show's key makes one. */
class TicketCodeTest {

    private static final ShowId SHOW = new ShowId(UUID.fromString("00000000-0000-0000-0000-00000000e001"));
    private static final ShowId OTHER_SHOW = new ShowId(UUID.fromString("00000000-0000-0000-0000-00000000e002"));
    private static final TicketCode CODE = new TicketCode(
            new AttendeeId(UUID.fromString("7f1e3c52-8f0a-4b61-9a51-3f7f0cbd2a10")), SHOW,
            new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f001")),
            Instant.parse("2030-05-01T10:15:30.123Z"));

    private final KeyPair showKey = generate();
    private final KeyPair otherKey = generate();
    private final Function<ShowId, Optional<PublicKey>> keys =
            show -> show.equals(SHOW) ? Optional.of(showKey.getPublic())
                    : show.equals(OTHER_SHOW) ? Optional.of(otherKey.getPublic()) : Optional.empty();

    @Test
    void aSignedCodeVerifiesAndNamesTheTicket() {
        String text = CODE.sign(showKey.getPrivate());
        assertThat(TicketCode.verify(text, keys)).contains(CODE);
        assertThat(CODE.issuedAt()).isEqualTo(Instant.parse("2030-05-01T10:15:30Z"));
    }

    @Test
    void aCodeIsShortAndUrlSafe() {
        String text = CODE.sign(showKey.getPrivate());
        assertThat(text).hasSize(164).startsWith(TicketCode.PREFIX).matches("PQ1\\.[A-Za-z0-9_-]+");
    }

    @Test
    void anAlteredCodeDoesNotVerify() {
        String text = CODE.sign(showKey.getPrivate());
        char[] chars = text.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        assertThat(TicketCode.verify(new String(chars), keys)).isEmpty();
    }

    @Test
    void aCodeSignedWithAnotherShowsKeyDoesNotVerify() {
        assertThat(TicketCode.verify(CODE.sign(otherKey.getPrivate()), keys)).isEmpty();
    }

    @Test
    void aCodeOfAShowWithoutAKeyDoesNotVerify() {
        TicketCode unknownShow = new TicketCode(CODE.attendeeId(), new ShowId(UUID.randomUUID()), CODE.ticketTypeId(),
                CODE.issuedAt());
        assertThat(TicketCode.verify(unknownShow.sign(showKey.getPrivate()), keys)).isEmpty();
    }

    @Test
    void textThatIsNoCodeDoesNotVerify() {
        String text = CODE.sign(showKey.getPrivate());
        assertThat(TicketCode.verify(null, keys)).isEmpty();
        assertThat(TicketCode.verify("", keys)).isEmpty();
        assertThat(TicketCode.verify(text.substring(0, 100), keys)).isEmpty();
        assertThat(TicketCode.verify("PQ1." + "+/".repeat(80), keys)).isEmpty();
        assertThat(TicketCode.verify("PQ2." + text.substring(4), keys)).isEmpty();
        assertThat(TicketCode.verify(TicketCode.PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(new byte[120]), keys)).isEmpty();
        byte[] garbage = new byte[120];
        Arrays.fill(garbage, (byte) 0x7f);
        System.arraycopy(ByteBuffer.allocate(16).putLong(SHOW.value().getMostSignificantBits())
                .putLong(SHOW.value().getLeastSignificantBits()).array(), 0, garbage, 16, 16);
        assertThat(TicketCode.verify(TicketCode.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(garbage),
                keys)).as("a forged code of a real show, with a time no clock has").isEmpty();
    }

    @Test
    void aBareUuidNamesAnAttendee() {
        assertThat(TicketCode.bareAttendeeId("7f1e3c52-8f0a-4b61-9a51-3f7f0cbd2a10")).contains(CODE.attendeeId());
        assertThat(TicketCode.bareAttendeeId("7F1E3C52-8F0A-4B61-9A51-3F7F0CBD2A10")).contains(CODE.attendeeId());
        assertThat(TicketCode.bareAttendeeId("7f1e3c52-8f0a-4b61-9a51")).isEmpty();
        assertThat(TicketCode.bareAttendeeId(CODE.sign(showKey.getPrivate()))).isEmpty();
        assertThat(TicketCode.bareAttendeeId(null)).isEmpty();
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(TicketCode.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
