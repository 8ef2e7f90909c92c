package com.piquetickets.query;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Ids of rows that the events name by their parts rather than by an id of their own. Derived (name-based UUIDs), so
 * the same parts always give the same row, in a replay too, and one projection can point at another's row without
 * reading it.
 */
public final class RowIds {

    private RowIds() {
    }

    /** A {@code ticket_promo_code} row: codes are unique per show ignoring case. */
    public static UUID promoCode(UUID showId, String code) {
        return derived("ticket-promo-code:" + showId + ":" + code.toLowerCase(Locale.ROOT));
    }

    /** A {@code ticket_order} row: one per ticket type of an order, VIP seats on a line of their own. */
    public static UUID ticketOrder(UUID orderId, UUID ticketTypeId, boolean vip) {
        return derived("ticket-order:" + orderId + ":" + ticketTypeId + ":" + (vip ? "vip" : "standard"));
    }

    /** A {@code ticket_hold} row: the seats of one ticket type an order holds or bought. */
    public static UUID ticketHold(UUID orderId, UUID ticketTypeId) {
        return derived("ticket-hold:" + orderId + ":" + ticketTypeId);
    }

    /** A {@code check_in_scan} row: one ticket scanned by one scan of one door device (scan ids are the device's own). */
    public static UUID checkInScan(UUID sessionId, String scanId, UUID attendeeId) {
        return derived("check-in-scan:" + sessionId + ":" + attendeeId + ":" + scanId);
    }

    private static UUID derived(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
