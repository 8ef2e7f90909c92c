package com.piquetickets.domain.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The show holds the order's seats until {@code holdExpiresAt}, at this price, paid by {@code paymentMethod}; a card
 * payment goes to {@code payoutAccountId} (null: the platform's account). Revision 2 added the payout account (null in
 * revision 1 events, upcast).
 */
@Revision("2")
public record OrderReservedEvent(OrderId orderId, OrderPricing pricing, Instant holdExpiresAt, PaymentMethod paymentMethod,
                                 String payoutAccountId) {
}
