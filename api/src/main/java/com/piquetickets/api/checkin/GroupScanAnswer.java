package com.piquetickets.api.checkin;

import java.util.List;
import java.util.UUID;

/** The answer to a group scan: each ticket of the order with its own answer, and how many came in. */
record GroupScanAnswer(String scanId, UUID orderId, int admitted, boolean replayed, List<ScanAnswer> tickets) {

    GroupScanAnswer {
        tickets = List.copyOf(tickets);
    }

    GroupScanAnswer asReplayed() {
        return new GroupScanAnswer(scanId, orderId, admitted, true, tickets.stream().map(ScanAnswer::asReplayed).toList());
    }
}
