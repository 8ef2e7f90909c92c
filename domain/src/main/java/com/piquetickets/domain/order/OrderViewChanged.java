package com.piquetickets.domain.order;

/**
 * Update to subscribers of a {@link FindOrderQuery}: the order's read model changed (its status, payment or tickets),
 * and the change is committed.
 *
 * @param progress where the order stood when the order projection committed, so that a subscriber waiting for a
 *                 particular step can skip reading changes that cannot be it; {@code null} when the change came from a
 *                 projection that does not know (the tickets'). A hint only: what counts is the order read afterwards.
 */
public record OrderViewChanged(OrderId orderId, Progress progress) {

    /**
     * @param seatsHeld     the show has held and priced the seats
     * @param paymentMethod how the order is paid, once known
     * @param checkoutOpen  a Stripe checkout page is open for it
     */
    public record Progress(OrderStatus status, boolean seatsHeld, PaymentMethod paymentMethod, boolean checkoutOpen) {
    }
}
