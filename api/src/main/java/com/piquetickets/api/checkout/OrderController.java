package com.piquetickets.api.checkout;

import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.messaging.ReadModelSync;
import com.piquetickets.api.messaging.RequestMetaData;
import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.api.web.PageResponse;
import com.piquetickets.api.web.json.MultilineText;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.common.PageRequest;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.email.EmailView;
import com.piquetickets.domain.email.FindOrderEmailsQuery;
import com.piquetickets.domain.email.SendEmailCommand;
import com.piquetickets.domain.order.ConfirmPaymentCommand;
import com.piquetickets.domain.order.FindOrderQuery;
import com.piquetickets.domain.order.FindOrdersQuery;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderSummary;
import com.piquetickets.domain.order.OrderView;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.PaymentReference;
import com.piquetickets.domain.order.PlaceOrderCommand;
import com.piquetickets.domain.order.RequestRefundCommand;
import com.piquetickets.domain.show.ReservationDecision;
import com.piquetickets.domain.show.ReserveTicketsCommand;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.query.ProcessingGroups;
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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checkout for buyers, and the order desk for producers and support. Placing an order answers from the show's own
 * decision, taken in the request ({@link ReservationDesk}); paying by card starts at {@code paymentUrl}
 * ({@link PaymentLinkController}); tickets and the confirmation email follow the confirmed payment in the checkout saga.
 */
@RestController
@Tag(name = "Orders")
class OrderController {

    private static final String KIND = "order";
    static final String PLACE_SCOPE = "POST /api/orders";

    private final Commands commands;
    private final Queries queries;
    private final ReservationDesk desk;
    private final IdempotencyKeys idempotencyKeys;
    private final ConfirmationResends resends;
    private final CheckoutSettings settings;
    private final ReadModelSync readModel;

    OrderController(Commands commands, Queries queries, ReservationDesk desk, IdempotencyKeys idempotencyKeys,
                    ConfirmationResends resends, CheckoutSettings settings, ReadModelSync readModel) {
        this.readModel = readModel;
        this.commands = commands;
        this.queries = queries;
        this.desk = desk;
        this.idempotencyKeys = idempotencyKeys;
        this.resends = resends;
        this.settings = settings;
    }

    @PostMapping("/api/orders")
    @Operation(summary = "Place an order: 201 once its seats are held (with the price and a paymentUrl for card "
            + "payments), 409 when the show refuses them, 422 when the order does not fit the show")
    @Allow(AccessRule.PUBLIC)
    ResponseEntity<?> place(@Valid @RequestBody PlaceOrderRequest request,
                            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        if (request.paymentMethod() == PaymentMethod.FREE) {
            throw new InvalidInputException("paymentMethod", "FREE is decided by the price; ask for STRIPE or OFFLINE, or leave it out");
        }
        OrderId orderId = new OrderId(idempotencyKey == null ? UUID.randomUUID()
                : IdempotencyKeys.derivedId(PLACE_SCOPE, idempotencyKey, request));
        return idempotencyKeys.run(PLACE_SCOPE, idempotencyKey, request, () -> idempotencyKey == null
                ? placeOnce(orderId, request)
                : queries.optional(new FindOrderQuery(orderId), OrderView.class).<ResponseEntity<?>>map(PlacedOrders::found)
                        .orElseGet(() -> placeOnce(orderId, request)));
    }

    private ResponseEntity<?> placeOnce(OrderId orderId, PlaceOrderRequest request) {
        ShowId showId = new ShowId(request.showId());
        ReserveTicketsCommand reservation = new ReserveTicketsCommand(showId, orderId, request.toSeats(),
                request.promoCodeOrNull(), request.paymentMethod());
        ReservationDesk.OrderFactory order = decision -> new PlaceOrderCommand(orderId, showId, request.toBuyer(),
                request.toLines(currencyOf(decision)), request.promoCodeOrNull(), request.paymentMethod(), decision);
        CompletableFuture<ReservationDecision> decided =
                desk.place(new ReservationDesk.Request(orderId, reservation, order, RequestMetaData.current()));
        return PlacedOrders.answer(orderId, await(decided, orderId));
    }

    /** The show's decision, or empty when its writer is too busy to answer in time (the order may still be placed). */
    private Optional<ReservationDecision> await(CompletableFuture<ReservationDecision> decided, OrderId orderId) {
        try {
            return Optional.of(decided.get(settings.placeTimeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("placing order " + orderId + " failed", e.getCause());
        }
    }

    /** Money in the request is in the show's currency, which the decision's price tells (a refusal has none). */
    private static String currencyOf(ReservationDecision decision) {
        return decision instanceof ReservationDecision.SeatsHeld held ? held.pricing().total().currency() : null;
    }

    /** An order placed a moment ago may not be in the read model yet: it is looked for again once that has caught up. */
    @GetMapping("/api/orders/{id}")
    @Operation(summary = "An order: status, lines, totals, payment references and its tickets")
    @Allow(AccessRule.PUBLIC)
    OrderView get(@PathVariable UUID id) {
        FindOrderQuery query = new FindOrderQuery(new OrderId(id));
        return queries.optional(query, OrderView.class)
                .or(() -> readModel.awaitCatchUp(ProcessingGroups.ORDERS) ? queries.optional(query, OrderView.class)
                        : Optional.empty())
                .orElseThrow(() -> new NotFoundException(KIND, id));
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
        return PageResponse.of(queries.page(new FindOrdersQuery(email == null || email.isBlank() ? null : email.trim(), show, new PageRequest(page, size)),
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
        commands.send(payment);
        return awaitTickets(id);
    }

    @PostMapping("/api/orders/{id}/resend-confirmation")
    @Operation(summary = "Send the confirmation email (with every valid ticket) again, as a new tracked email")
    @Allow(AccessRule.ORDER_SUPPORT)
    ResponseEntity<Map<String, Object>> resendConfirmation(@PathVariable UUID id) {
        SendEmailCommand email = resends.resend(get(id));
        commands.send(email);
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
            commands.send(new RequestRefundCommand(new OrderId(id), refundId, amount, request.reason(), false));
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

    /**
     * The order once a confirmed payment has been ticketed (or has otherwise settled), as the read model shows it; the
     * order as it stands if that takes longer than the place time-out. Tickets come from their own projection, so
     * COMPLETED alone could show an order without them.
     */
    private OrderView awaitTickets(UUID id) {
        long deadline = System.nanoTime() + settings.placeTimeout().toNanos();
        OrderView order = get(id);
        while (!PlacedOrders.settled(order) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            order = get(id);
        }
        return order;
    }
}
