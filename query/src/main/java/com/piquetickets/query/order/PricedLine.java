package com.piquetickets.query.order;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.LinePrice;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The priced seats of one (ticket type, VIP) of an order: a {@link LinePrice}, or several of them added up when the
 * pricing lists the same ticket type and VIP-ness twice (per-ticket amounts are then those of the first line).
 * Missing donation or discount amounts are zero.
 */
record PricedLine(UUID ticketTypeId, boolean vip, String ticketTypeName, int quantity, Money pricePerTicket,
                  Money donationPerTicket, Money discountPerTicket, Money total) {

    static PricedLine of(LinePrice line) {
        String currency = line.lineTotal().currency();
        return new PricedLine(line.ticketTypeId().value(), line.vip(), line.ticketTypeName(), line.quantity(),
                orZero(line.pricePerTicket(), currency), orZero(line.donationPerTicket(), currency),
                orZero(line.discountPerTicket(), currency), line.lineTotal());
    }

    /** One per (ticket type, VIP), in the order of first mention. */
    static List<PricedLine> perTicketType(List<LinePrice> lines) {
        Map<String, PricedLine> merged = new LinkedHashMap<>();
        for (LinePrice line : lines == null ? List.<LinePrice>of() : lines) {
            PricedLine priced = of(line);
            merged.merge(priced.ticketTypeId() + ":" + priced.vip(), priced, PricedLine::plus);
        }
        return List.copyOf(merged.values());
    }

    PricedLine plus(PricedLine other) {
        return new PricedLine(ticketTypeId, vip, ticketTypeName, quantity + other.quantity, pricePerTicket,
                donationPerTicket, discountPerTicket, total.plus(other.total));
    }

    private static Money orZero(Money money, String currency) {
        return money == null ? Money.zero(currency) : money;
    }
}
