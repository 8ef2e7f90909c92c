package com.piquetickets.api.checkout;

import com.piquetickets.api.web.Problems;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.OrderStatus;
import com.piquetickets.domain.order.OrderTotals;
import com.piquetickets.domain.order.OrderView;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.show.ReservationDecision;
import com.piquetickets.domain.show.ReservationDecision.SeatsHeld;
import com.piquetickets.domain.show.ReservationDecision.SeatsRefused;
import com.piquetickets.domain.show.ReservationRejection;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** How the answer to placing an order reads, from the show's decision (or from the order when it exists already). */
final class PlacedOrders {

    private PlacedOrders() {
    }

    /**
     * 201 with the price for held seats; 409 for a refusal the show recorded (the order exists, REJECTED); a refusal
     * that was a mistake in the request wrote nothing: 422 for an order that does not fit the show, 409 otherwise. The
     * detail is the show's own reason. Empty: the show's writer did not answer in time; 202, follow the Location.
     */
    static ResponseEntity<?> answer(OrderId orderId, Optional<ReservationDecision> decision) {
        URI location = URI.create("/api/orders/" + orderId);
        if (decision.isEmpty()) {
            return ResponseEntity.accepted().location(location)
                    .body(new PlacedOrder(orderId.value(), OrderStatus.PENDING_PAYMENT, null, null, null, null));
        }
        return switch (decision.get()) {
            case SeatsHeld held -> ResponseEntity.created(location).body(placed(orderId, held));
            case SeatsRefused refused when refused.recorded() -> refusal(HttpStatus.CONFLICT, orderId, refused, location);
            case SeatsRefused refused -> refusal(refused.reason() == ReservationRejection.INVALID_ORDER
                    ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT, null, refused, null);
        };
    }

    /** A placed order found again (an Idempotency-Key whose first request died): answered as it stands now. */
    static ResponseEntity<?> found(OrderView order) {
        URI location = URI.create("/api/orders/" + order.id());
        if (order.status() == OrderStatus.REJECTED) {
            String code = order.rejectionReason() == null ? "order-rejected" : order.rejectionReason();
            ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, code, "Order refused", "the show refused this order: " + code);
            problem.setProperty("orderId", order.id());
            return problem(HttpStatus.CONFLICT, problem, location);
        }
        PaymentMethod method = order.payment() == null ? null : order.payment().method();
        return ResponseEntity.created(location).body(new PlacedOrder(order.id(), order.status(), order.expiresAt(),
                order.totals(), new PlacedOrder.Payment(method, order.payment() == null ? null : order.payment().checkoutUrl()),
                method == PaymentMethod.STRIPE ? PlacedOrder.paymentUrl(order.id()) : null));
    }

    /** A paid order whose tickets are all visible, or one that has otherwise left payment behind. */
    static boolean settled(OrderView order) {
        if (order.status() == OrderStatus.PENDING_PAYMENT || order.status() == OrderStatus.PAID) {
            return false;
        }
        int seats = order.lines().stream().mapToInt(line -> line.quantity()).sum();
        return order.status() != OrderStatus.COMPLETED || order.attendees().size() == seats;
    }

    private static PlacedOrder placed(OrderId orderId, SeatsHeld held) {
        OrderPricing pricing = held.pricing();
        boolean free = held.method() == PaymentMethod.FREE;
        return new PlacedOrder(orderId.value(), free ? OrderStatus.PAID : OrderStatus.PENDING_PAYMENT,
                held.holdExpiresAt().atOffset(ZoneOffset.UTC), totals(pricing), new PlacedOrder.Payment(held.method(), null),
                held.method() == PaymentMethod.STRIPE ? PlacedOrder.paymentUrl(orderId.value()) : null);
    }

    private static OrderTotals totals(OrderPricing pricing) {
        return new OrderTotals(pricing.subtotal(), pricing.discount(), pricing.platformFee(), pricing.processingFee(),
                pricing.total(), Money.zero(pricing.total().currency()), pricing.buyerPaysFees());
    }

    private static ResponseEntity<Map<String, Object>> refusal(HttpStatus status, OrderId orderId, SeatsRefused refused,
                                                               URI location) {
        ProblemDetail problem = Problems.of(status, refused.reason().code(),
                status == HttpStatus.CONFLICT ? "Order refused" : "Order does not fit the show", refused.message());
        if (orderId != null) {
            problem.setProperty("orderId", orderId.value());
        }
        return problem(status, problem, location);
    }

    /** A problem as a map, so that an idempotent replay stores and returns the same shape. */
    private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, ProblemDetail problem, URI location) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (location != null) {
            response.location(location);
        }
        return response.body(Problems.asMap(problem));
    }
}
