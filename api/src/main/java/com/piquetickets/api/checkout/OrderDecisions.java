package com.piquetickets.api.checkout;

import com.piquetickets.api.messaging.Queries;
import com.piquetickets.domain.order.FindOrderQuery;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderStatus;
import com.piquetickets.domain.order.OrderView;
import com.piquetickets.domain.order.PaymentMethod;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Waits (bounded) for an order to reach a state the caller needs to answer with: its reservation decided (and, for
 * Stripe, its checkout page open), or its tickets issued. The checkout itself runs asynchronously in the saga.
 */
@Component
class OrderDecisions {

    /**
     * Polls back off from the first to the longest pause: each poll is a read-model query, and during an on-sale
     * hundreds of requests wait at once; a fixed 5 ms pause made them most of the database's work.
     */
    private static final long FIRST_POLL_NANOS = Duration.ofMillis(2).toNanos();
    private static final long LONGEST_POLL_NANOS = Duration.ofMillis(25).toNanos();

    private final Queries queries;
    private final Duration timeout;

    OrderDecisions(Queries queries, @Value("${pique.checkout.decision-timeout:10s}") Duration timeout) {
        this.queries = queries;
        this.timeout = timeout;
    }

    /** The order once the show accepted (priced, held, payable) or refused it; empty on time-out. */
    Optional<OrderView> reservationDecided(OrderId orderId) {
        return await(orderId, OrderDecisions::isDecided);
    }

    /**
     * The order once it has left PENDING_PAYMENT (completed with all its tickets visible, or otherwise ended); empty on
     * time-out. Tickets come from their own projection, so COMPLETED alone could show an order without them.
     */
    Optional<OrderView> settled(OrderId orderId) {
        return await(orderId, OrderDecisions::isSettled);
    }

    static boolean isSettled(OrderView order) {
        if (order.status() == OrderStatus.PENDING_PAYMENT) {
            return false;
        }
        int seats = order.lines().stream().mapToInt(line -> line.quantity()).sum();
        return order.status() != OrderStatus.COMPLETED || order.attendees().size() == seats;
    }

    Optional<OrderView> await(OrderId orderId, Predicate<OrderView> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_POLL_NANOS;
        while (true) {
            Optional<OrderView> order = queries.optional(new FindOrderQuery(orderId), OrderView.class);
            if (order.isPresent() && condition.test(order.get())) {
                return order;
            }
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(2 * pause, LONGEST_POLL_NANOS);
        }
    }

    static boolean isDecided(OrderView order) {
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            return true;
        }
        if (order.expiresAt() == null || order.payment() == null) {
            return false; // not reserved yet
        }
        return order.payment().method() != PaymentMethod.STRIPE || order.payment().checkoutUrl() != null;
    }
}
