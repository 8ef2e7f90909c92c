package com.piquetickets.saga.ticketcode;

import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.TicketCode;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link TicketCodes} with one Ed25519 key pair per show ({@link TicketSigningKeys}). */
@Component
class SignedTicketCodes implements TicketCodes {

    private final TicketSigningKeys keys;

    SignedTicketCodes(TicketSigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public String codeFor(AttendeeId attendee, ShowId show, TicketTypeId ticketType, Instant issuedAt) {
        return new TicketCode(attendee, show, ticketType, issuedAt).sign(keys.pair(show).getPrivate());
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
