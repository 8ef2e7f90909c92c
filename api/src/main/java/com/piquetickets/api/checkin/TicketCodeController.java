package com.piquetickets.api.checkin;

import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.AttendeeView;
import com.piquetickets.domain.attendee.FindAttendeeQuery;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.saga.ticketcode.TicketCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A ticket's signed code as text, for a wallet app or a scanner test: the same code its QR image shows, and as public
 * as that image (whoever has the ticket's UUID has both).
 */
@RestController
@Tag(name = "Attendees")
class TicketCodeController {

    private final Queries queries;
    private final TicketCodes ticketCodes;

    TicketCodeController(Queries queries, TicketCodes ticketCodes) {
        this.queries = queries;
        this.ticketCodes = ticketCodes;
    }

    /** A ticket and the code that admits it. */
    record TicketCodeView(UUID attendeeId, String code) {
    }

    @GetMapping("/api/attendees/{uuid}/code")
    @Allow(AccessRule.PUBLIC)
    @Operation(summary = "The ticket's signed code (what its QR code encodes), as text")
    TicketCodeView code(@PathVariable UUID uuid) {
        AttendeeView attendee = queries.one(new FindAttendeeQuery(uuid), AttendeeView.class, "attendee", uuid);
        return new TicketCodeView(uuid, ticketCodes.codeFor(new AttendeeId(uuid), new ShowId(attendee.showId()),
                new TicketTypeId(attendee.ticketTypeId()), attendee.issuedAt()));
    }
}
