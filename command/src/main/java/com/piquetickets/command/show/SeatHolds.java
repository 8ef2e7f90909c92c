package com.piquetickets.command.show;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.piquetickets.domain.order.OrderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The seat holds of a show: one per order that ever reserved, the promo code uses they count, and which HELD holds run
 * out first. Changed only by the show's event-sourcing handlers; seat counts stay with the ticket types.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
final class SeatHolds {

    /** By order id. */
    private Map<UUID, Hold> byOrder = new HashMap<>();
    /** Orders holding or holding paid seats under each promo code, by {@link SeatReservation#promoKey}. */
    private Map<String, Integer> promoUses = new HashMap<>();
    /**
     * The HELD holds by expiry, derived from {@code byOrder}: not in snapshots (transient), so built again on first use
     * after a load, and never compared as state.
     */
    private transient NavigableSet<Due> heldByExpiry;

    private record Due(Instant expiresAt, UUID orderId) implements Comparable<Due> {

        @Override
        public int compareTo(Due other) {
            int byTime = expiresAt.compareTo(other.expiresAt);
            return byTime != 0 ? byTime : orderId.compareTo(other.orderId);
        }
    }

    Hold of(OrderId orderId) {
        return byOrder.get(orderId.value());
    }

    Map<String, Integer> promoUses() {
        return Collections.unmodifiableMap(promoUses);
    }

    /** When the first HELD hold runs out; null when none is held. */
    Instant earliestExpiry() {
        NavigableSet<Due> held = heldByExpiry();
        return held.isEmpty() ? null : held.first().expiresAt();
    }

    /** The orders whose HELD hold has run out by {@code now}, the earliest first. */
    List<OrderId> expiredBy(Instant now) {
        List<OrderId> expired = new ArrayList<>();
        for (Due due : heldByExpiry()) {
            if (due.expiresAt().isAfter(now)) {
                break;
            }
            expired.add(new OrderId(due.orderId()));
        }
        return expired;
    }

    void hold(OrderId orderId, Hold hold) {
        put(orderId.value(), hold);
        countPromoUse(hold.promoKey(), 1);
    }

    /** HELD or RELEASED to SOLD; seats taken again after a release count their promo code use again. */
    void sell(OrderId orderId, boolean reinstated) {
        Hold hold = put(orderId.value(), byOrder.get(orderId.value()).in(Hold.State.SOLD));
        if (reinstated) {
            countPromoUse(hold.promoKey(), 1);
        }
    }

    void release(OrderId orderId) {
        Hold hold = put(orderId.value(), byOrder.get(orderId.value()).in(Hold.State.RELEASED));
        countPromoUse(hold.promoKey(), -1);
    }

    void giveBack(OrderId orderId) {
        Hold hold = byOrder.get(orderId.value());
        if (hold != null) {
            put(orderId.value(), hold.in(Hold.State.RETURNED));
        }
    }

    private Hold put(UUID orderId, Hold hold) {
        Hold previous = byOrder.put(orderId, hold);
        if (heldByExpiry != null) {
            if (previous != null && previous.is(Hold.State.HELD)) {
                heldByExpiry.remove(new Due(previous.expiresAt(), orderId));
            }
            if (hold.is(Hold.State.HELD)) {
                heldByExpiry.add(new Due(hold.expiresAt(), orderId));
            }
        }
        return hold;
    }

    private NavigableSet<Due> heldByExpiry() {
        if (heldByExpiry == null) {
            heldByExpiry = new TreeSet<>();
            byOrder.forEach((orderId, hold) -> {
                if (hold.is(Hold.State.HELD)) {
                    heldByExpiry.add(new Due(hold.expiresAt(), orderId));
                }
            });
        }
        return heldByExpiry;
    }

    private void countPromoUse(String promoKey, int delta) {
        if (promoKey != null) {
            promoUses.merge(promoKey, delta, (a, b) -> Math.max(0, a + b));
        }
    }
}
