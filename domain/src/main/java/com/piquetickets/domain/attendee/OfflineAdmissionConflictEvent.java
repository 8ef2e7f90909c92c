package com.piquetickets.domain.attendee;

import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import org.axonframework.serialization.Revision;

/**
 * An admission made offline does not count: {@code losing} admitted a ticket that {@code winning} had admitted earlier for
 * the same stay (the earliest scan wins), or that had been voided ({@code winning} is then null). When
 * {@code superseded}, the losing scan had been recorded as the admission first and the earlier, winning scan uploaded
 * later takes its place (the holder stays admitted once). Both scans stay on record.
 */
@Revision("1")
public record OfflineAdmissionConflictEvent(
        AttendeeId attendeeId,
        OrderId orderId,
        ShowId showId,
        TicketTypeId ticketTypeId,
        ConflictReason reason,
        DoorScan losing,
        DoorScan winning,
        boolean superseded,
        CheckInStatus status) {
}
