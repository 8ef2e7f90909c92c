package com.piquetickets.api.checkout;

import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.web.PageResponse;
import com.piquetickets.domain.attendee.AttendeeView;
import com.piquetickets.domain.attendee.FindAttendeeQuery;
import com.piquetickets.domain.attendee.FindShowAttendeesQuery;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.common.PageRequest;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.saga.email.QrCodes;
import com.piquetickets.saga.ticketcode.TicketCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tickets (attendees): one per seat, each with its UUID and the signed code its QR code encodes. */
@RestController
@Tag(name = "Attendees")
class AttendeeController {

    private static final String KIND = "attendee";
    private static final int QR_SIZE = 320;

    private final Queries queries;
    private final TicketCodes ticketCodes;

    AttendeeController(Queries queries, TicketCodes ticketCodes) {
        this.queries = queries;
        this.ticketCodes = ticketCodes;
    }

    @GetMapping("/api/attendees/{uuid}")
    @Allow(AccessRule.PUBLIC)
    AttendeeView get(@PathVariable UUID uuid) {
        return queries.one(new FindAttendeeQuery(uuid), AttendeeView.class, KIND, uuid);
    }

    @GetMapping("/api/attendees/{uuid}/qr.png")
    @Operation(summary = "The ticket's QR code (it encodes the signed ticket code); linked from the confirmation email")
    @Allow(AccessRule.PUBLIC)
    ResponseEntity<byte[]> qrCode(@PathVariable UUID uuid) {
        AttendeeView attendee = get(uuid);
        String code = ticketCodes.codeFor(new AttendeeId(attendee.uuid()), new ShowId(attendee.showId()),
                new TicketTypeId(attendee.ticketTypeId()), attendee.issuedAt());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .contentType(MediaType.IMAGE_PNG)
                .body(QrCodes.png(code, QR_SIZE));
    }

    @GetMapping("/api/shows/{showId}/attendees")
    @Operation(summary = "The tickets of a show by last name (voided ones only when asked)")
    @Allow(value = AccessRule.SHOW_AUDIENCE, pathVariable = "showId")
    PageResponse<AttendeeView> ofShow(@PathVariable UUID showId,
                                      @RequestParam(defaultValue = "false") boolean includeVoided,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(queries.page(new FindShowAttendeesQuery(showId, includeVoided, new PageRequest(page, size)),
                AttendeeView.class));
    }
}
