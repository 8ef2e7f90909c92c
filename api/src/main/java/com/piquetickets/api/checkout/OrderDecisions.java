package com.piquetickets.api.checkout;

import com.piquetickets.api.messaging.Queries;
import com.piquetickets.domain.order.FindOrderQuery;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderStatus;
import com.piquetickets.domain.order.OrderView;
import com.piquetickets.domain.order.OrderViewChanged;
import com.piquetickets.domain.order.PaymentMethod;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;

/**
 * Sends a command about an order and waits (bounded) for the order to reach a state the caller needs to answer with:
 * its reservation decided (and, for Stripe, its checkout page open), or its tickets issued. The checkout itself runs
 * asynchronously in the saga.
 *
 * <p>The order is read when its projection reports a committed change that can be the awaited one
 * ({@link OrderViewChanged} through an Axon subscription query, whose progress hint lets most changes pass without a
 * read), not on a timer: polling made these reads most of the database's and a good part of the application's work
 * during an on-sale (docs/benchmarks.md). The subscription is opened before the command is sent, so no change can slip
 * in between and no read is needed before the first report. The projection may run on another node, whose updates do
 * not reach this one, so the order is also read every {@link #FALLBACK_READ} while nothing is reported.
 */
@Component
class OrderDecisions {

    static final Duration FALLBACK_READ = Duration.ofMillis(250);

    private final Queries queries;
    private final QueryGateway gateway;
    private final Duration timeout;

    OrderDecisions(Queries queries, QueryGateway gateway,
                   @Value("${pique.checkout.decision-timeout:10s}") Duration timeout) {
        this.queries = queries;
        this.gateway = gateway;
        this.timeout = timeout;
    }

    /**
     * Places the order ({@code placeOrder} sends the command) and answers it once the show accepted (priced, held,
     * payable) or refused it; empty on time-out.
     */
    Optional<OrderView> reservationDecided(OrderId orderId, Runnable placeOrder) {
        return await(orderId, placeOrder, OrderDecisions::isDecided, progress -> isDecided(progress));
    }

    /**
     * Sends {@code command} (a payment, say) and answers once the order has left PENDING_PAYMENT (completed with all
     * its tickets visible, or otherwise ended); empty on time-out. Tickets come from their own projection, so COMPLETED
     * alone could show an order without them.
     */
    Optional<OrderView> settled(OrderId orderId, Runnable command) {
        return await(orderId, command, OrderDecisions::isSettled,
                progress -> progress.status() != OrderStatus.PENDING_PAYMENT);
    }

    static boolean isSettled(OrderView order) {
        if (order.status() == OrderStatus.PENDING_PAYMENT) {
            return false;
        }
        int seats = order.lines().stream().mapToInt(line -> line.quantity()).sum();
        return order.status() != OrderStatus.COMPLETED || order.attendees().size() == seats;
    }

    static boolean isDecided(OrderView order) {
        return isDecided(new OrderViewChanged.Progress(order.status(), order.expiresAt() != null,
                order.payment() == null ? null : order.payment().method(),
                order.payment() != null && order.payment().checkoutUrl() != null));
    }

    static boolean isDecided(OrderViewChanged.Progress order) {
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            return true;
        }
        if (!order.seatsHeld()) {
            return false; // not reserved yet
        }
        return order.paymentMethod() != PaymentMethod.STRIPE || order.checkoutOpen();
    }

    private Optional<OrderView> await(OrderId orderId, Runnable command, Predicate<OrderView> condition,
                                      Predicate<OrderViewChanged.Progress> mayHold) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Semaphore changed = new Semaphore(0);
        // Subscribed before the command, so that no change is missed. The subscription's initial result is never
        // subscribed to, so it is never computed: the reads below are the ones that count.
        SubscriptionQueryResult<Optional<OrderView>, OrderViewChanged> subscription = gateway.subscriptionQuery(
                new FindOrderQuery(orderId), ResponseTypes.optionalInstanceOf(OrderView.class),
                ResponseTypes.instanceOf(OrderViewChanged.class));
        // An ended subscription (Axon ends it when an update cannot be delivered) just means: read again; the timed
        // reads below carry on without updates.
        Disposable listening = subscription.updates().subscribe(update -> {
            if (update.progress() == null || mayHold.test(update.progress())) {
                changed.release();
            }
        }, failure -> changed.release());
        try {
            command.run();
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                changed.tryAcquire(Math.min(left, FALLBACK_READ.toNanos()), TimeUnit.NANOSECONDS);
                changed.drainPermits();
                Optional<OrderView> order = queries.optional(new FindOrderQuery(orderId), OrderView.class);
                if (order.isPresent() && condition.test(order.get())) {
                    return order;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            // Unsubscribing takes the subscription out of Axon's update emitter and leaves its update buffer open: an
            // update the emitter is delivering at this very moment (a projection that committed just before the read
            // above) lands in the buffer and is dropped with it. subscription.cancel() would close the buffer instead,
            // and Axon logs such an update's failed delivery at ERROR.
            listening.dispose();
        }
    }
}
