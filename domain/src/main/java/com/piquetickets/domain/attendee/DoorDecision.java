package com.piquetickets.domain.attendee;

import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import java.time.Instant;

/**
 * What the Attendee aggregate answers to a scan (the result of its door commands).
 *
 * @param admission    the admission that counts: this scan when ADMITTED, the earlier one when ALREADY_INSIDE or when an
 *                     offline conflict was lost
 * @param conflictWith the other scan of an offline conflict recorded with this scan
 * @param conflictReason why an offline admission did not count (CONFLICT)
 * @param admittedAt   when the ticket was first admitted (null: never)
 * @param opensAt      when check-in opens (NOT_OPEN_YET)
 * @param voidReason   why the ticket was voided (VOIDED)
 * @param replayed     the scan id had been answered before: this is that answer, and nothing changed
 */
public record DoorDecision(
        ScanResult result,
        AttendeeId attendeeId,
        OrderId orderId,
        ShowId showId,
        TicketTypeId ticketTypeId,
        AttendeeName attendee,
        boolean vip,
        DoorScan admission,
        DoorScan conflictWith,
        ConflictReason conflictReason,
        Instant admittedAt,
        Instant opensAt,
        String voidReason,
        boolean replayed) {

    /** The same answer, marked as given again to a retried scan. */
    public DoorDecision asReplayed() {
        return new DoorDecision(result, attendeeId, orderId, showId, ticketTypeId, attendee, vip, admission, conflictWith,
                conflictReason, admittedAt, opensAt, voidReason, true);
    }
}
