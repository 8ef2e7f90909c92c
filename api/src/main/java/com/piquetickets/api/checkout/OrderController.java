package com.piquetickets.api.checkout;

import com.piquetickets.api.web.json.MultilineText;
import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.web.PageResponse;
import com.piquetickets.api.web.Problems;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.common.PageRequest;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.email.EmailView;
import com.piquetickets.domain.email.FindOrderEmailsQuery;
import com.piquetickets.domain.email.SendEmailCommand;
import com.piquetickets.domain.order.ConfirmPaymentCommand;
import com.piquetickets.domain.order.FindOrderQuery;
import com.piquetickets.domain.order.FindOrdersQuery;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderStatus;
import com.piquetickets.domain.order.OrderSummary;
import com.piquetickets.domain.order.OrderView;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.PaymentReference;
import com.piquetickets.domain.order.PlaceOrderCommand;
import com.piquetickets.domain.order.RequestRefundCommand;
import com.piquetickets.domain.show.FindShowCurrencyQuery;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.query.ProcessingGroups;
import com.piquetickets.saga.payment.StripeGateway;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checkout for buyers, and the order desk for producers and support. Placing an order answers once the show has
 * accepted or refused it; payment, tickets and the confirmation email follow asynchronously in the checkout saga.
 */
@RestController
@Tag(name = "Orders")
class OrderController {

    private static final String KIND = "order";

    private final Commands commands;
    private final Queries queries;
    private final OrderDecisions decisions;
    private final IdempotencyKeys idempotencyKeys;
    private final ObjectProvider<StripeGateway> stripe;
    private final ConfirmationResends resends;

    OrderController(Commands commands, Queries queries, OrderDecisions decisions, IdempotencyKeys idempotencyKeys,
                    ObjectProvider<StripeGateway> stripe, ConfirmationResends resends) {
        this.resends = resends;
        this.commands = commands;
        this.queries = queries;
        this.decisions = decisions;
        this.idempotencyKeys = idempotencyKeys;
        this.stripe = stripe;
    }

    @PostMapping("/api/orders")
    @Operation(summary = "Place an order: 201 once seats are held (with the Stripe checkout URL), 409 when refused")
    @Allow(AccessRule.PUBLIC)
    ResponseEntity<?> place(@Valid @RequestBody PlaceOrderRequest request,
                            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        return idempotencyKeys.run("POST /api/orders", idempotencyKey, request, () -> placeOnce(request));
    }

    private ResponseEntity<?> placeOnce(PlaceOrderRequest request) {
        ShowId showId = new ShowId(request.showId());
        String currency = queries.one(new FindShowCurrencyQuery(showId), String.class, "show", request.showId());
        OrderId orderId = new OrderId(UUID.randomUUID());
        PlaceOrderCommand placeOrder = new PlaceOrderCommand(orderId, showId, request.toBuyer(),
                request.toLines(currency), blankToNull(request.promoCode()), paymentMethod(request.paymentMethod()));
        URI location = URI.create("/api/orders/" + orderId);
        OrderView order = decisions.reservationDecided(orderId, () -> commands.send(placeOrder)).orElse(null);
        if (order == null) {
            // Still deciding (a very busy on-sale): the order exists; the client follows the Location.
            return ResponseEntity.accepted().location(location).body(new PlacedOrder(orderId.value(),
                    OrderStatus.PENDING_PAYMENT, null, null, null));
        }
        if (order.status() == OrderStatus.REJECTED) {
            return ResponseEntity.status(HttpStatus.CONFLICT).location(location)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(rejected(order));
        }
        return ResponseEntity.created(location).body(PlacedOrder.of(order));
    }

    @GetMapping("/api/orders/{id}")
    @Operation(summary = "An order: status, lines, totals, payment references and its tickets")
    @Allow(AccessRule.PUBLIC)
    OrderView get(@PathVariable UUID id) {
        return queries.one(new FindOrderQuery(new OrderId(id)), OrderView.class, KIND, id);
    }

    @GetMapping("/api/orders")
    @Operation(summary = "Orders by buyer email and/or show, newest first")
    @Allow(AccessRule.ORDER_SEARCH)
    PageResponse<OrderSummary> list(@RequestParam(required = false) String email,
                                    @RequestParam(required = false) UUID show,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        if ((email == null || email.isBlank()) && show == null) {
            throw new InvalidInputException("email", "give an email or a show (or both)");
        }
        return PageResponse.of(queries.page(new FindOrdersQuery(blankToNull(email), show, new PageRequest(page, size)),
                OrderSummary.class));
    }

    @GetMapping("/api/orders/{id}/emails")
    @Operation(summary = "Every email about an order, with its delivery status")
    @Allow(AccessRule.ORDER_SUPPORT)
    List<EmailView> emails(@PathVariable UUID id) {
        get(id);
        return queries.list(new FindOrderEmailsQuery(id), EmailView.class);
    }

    /** A producer records an offline payment (at the door, by invoice); the tickets are then issued. */
    @PostMapping("/api/orders/{id}/payments/confirm")
    @Operation(summary = "Confirm an offline payment; answers once the tickets are issued")
    @Allow(AccessRule.ORDER_MANAGER)
    OrderView confirmOfflinePayment(@PathVariable UUID id, @Valid @RequestBody(required = false) OfflinePaymentRequest request) {
        OrderView order = get(id);
        if (order.totals() == null) {
            throw new RuleViolationException("order-not-payable", "this order has no seats held and cannot be paid");
        }
        String currency = order.totals().total().currency();
        Money amount = request == null || request.amount() == null ? order.totals().total()
                : new Money(request.amount(), currency);
        ConfirmPaymentCommand payment = new ConfirmPaymentCommand(new OrderId(id), PaymentMethod.OFFLINE, amount,
                new PaymentReference(null, null, null, request == null ? null : request.note()));
        return decisions.settled(new OrderId(id), () -> commands.send(payment)).orElseGet(() -> get(id));
    }

    @PostMapping("/api/orders/{id}/resend-confirmation")
    @Operation(summary = "Send the confirmation email (with every valid ticket) again, as a new tracked email")
    @Allow(AccessRule.ORDER_SUPPORT)
    ResponseEntity<Map<String, Object>> resendConfirmation(@PathVariable UUID id) {
        SendEmailCommand email = resends.resend(get(id));
        commands.send(email, ProcessingGroups.EMAIL_TRACKING);
        return ResponseEntity.accepted().location(URI.create("/api/orders/" + id + "/emails"))
                .body(Map.of("emailId", email.emailId().value(), "orderId", id));
    }

    @PostMapping("/api/orders/{id}/refunds")
    @Operation(summary = "Refund all (no amount) or part of a paid order; a full refund voids its tickets")
    @Allow(AccessRule.ORDER_MANAGER)
    ResponseEntity<?> refund(@PathVariable UUID id, @Valid @RequestBody RefundRequest request,
                             @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        return idempotencyKeys.run("POST /api/orders/" + id + "/refunds", idempotencyKey, request, () -> {
            OrderView order = get(id);
            Money amount = request.amount() == null || order.totals() == null ? null
                    : new Money(request.amount(), order.totals().total().currency());
            UUID refundId = idempotencyKey == null ? UUID.randomUUID()
                    : UUID.nameUUIDFromBytes((id + ":refund:" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
            commands.send(new RequestRefundCommand(new OrderId(id), refundId, amount, request.reason(), false),
                    ProcessingGroups.ORDERS);
            return ResponseEntity.accepted().location(URI.create("/api/orders/" + id))
                    .body(new RefundAccepted(refundId, id, get(id)));
        });
    }

    record OfflinePaymentRequest(@DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal amount,
                                 @MultilineText @Size(max = 500) String note) {
    }

    record RefundRequest(@DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 8, fraction = 2) BigDecimal amount,
                         @MultilineText @NotBlank @Size(max = 500) String reason) {
    }

    record RefundAccepted(UUID refundId, UUID orderId, OrderView order) {
    }

    /** The requested method, or the default: Stripe when configured, otherwise offline. */
    private PaymentMethod paymentMethod(PaymentMethod requested) {
        boolean stripeConfigured = stripe.getIfAvailable() != null;
        if (requested == PaymentMethod.FREE) {
            throw new InvalidInputException("paymentMethod", "FREE is decided by the price; ask for STRIPE or OFFLINE");
        }
        if (requested == PaymentMethod.STRIPE && !stripeConfigured) {
            throw new RuleViolationException("payment-method-unavailable",
                    "card payments are not configured here; pay OFFLINE where the show allows it");
        }
        return requested != null ? requested : stripeConfigured ? PaymentMethod.STRIPE : PaymentMethod.OFFLINE;
    }

    /** A refused order as a problem document (a map, so that an idempotent replay stores and returns the same shape). */
    private static java.util.Map<String, Object> rejected(OrderView order) {
        String code = order.rejectionReason() == null ? "order-rejected" : order.rejectionReason();
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, code, "Order refused",
                "the show could not hold these seats: " + code);
        problem.setProperty("orderId", order.id());
        return Problems.asMap(problem);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
