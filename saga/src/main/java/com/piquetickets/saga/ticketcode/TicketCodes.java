package com.piquetickets.saga.ticketcode;

import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.TicketCode;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a ticket into the signed code its QR code shows ({@link TicketCode}), and tells a real code from a forged one.
 * The one place that holds the shows' signing keys; the confirmation email, the QR image and the door all go through
 * it.
 */
public interface TicketCodes {

    /** The signed code of one ticket (deterministic: the same ticket and issue second give the same text). */
    String codeFor(AttendeeId attendee, ShowId show, TicketTypeId ticketType, Instant issuedAt);

    /** What a signed code says, when its signature is the named show's; empty for anything else. */
    Optional<TicketCode> verify(String text);

    /** The show's public key (base64 of its X.509 encoding), for door devices to verify codes offline. */
    String publicKey(ShowId show);
}
