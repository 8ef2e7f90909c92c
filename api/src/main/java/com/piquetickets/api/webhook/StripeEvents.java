package com.piquetickets.api.webhook;

import com.piquetickets.api.messaging.Queries;
import com.piquetickets.domain.common.Money;
import org.axonframework.commandhandling.GenericCommandMessage;
import java.util.Map;
import com.piquetickets.domain.show.ReleaseReservationCommand;
import com.piquetickets.domain.order.ClosedOrder;
import com.piquetickets.domain.common.MetaDataKeys;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.order.ConfirmPaymentCommand;
import com.piquetickets.domain.order.ExpireOrderCommand;
import com.piquetickets.domain.order.FailPaymentCommand;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.PaymentReference;
import com.piquetickets.domain.producer.FindProducerByConnectedAccountQuery;
import com.piquetickets.domain.producer.FindProducerFinancialQuery;
import com.piquetickets.domain.producer.ProducerFinancialView;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.producer.UpdateConnectedAccountStatusCommand;
import com.piquetickets.saga.payment.StripeConnectGateway;
import com.piquetickets.saga.payment.StripeConnectGateway.ConnectedAccount;
import com.piquetickets.saga.payment.StripeGateway;
import com.piquetickets.saga.payment.StripeGatewayException;
import com.piquetickets.saga.payment.StripeGateway.SessionState;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns verified Stripe events into commands on the order (checkout sessions) or the producer ({@code account.updated}
 * of a connected account), once each. The dedup row and the command's events commit
 * in one transaction, so a failure leaves nothing behind and Stripe's redelivery tries again; a duplicate changes
 * nothing. Out-of-order deliveries are harmless: the order decides by its state (an expiry after payment is a no-op).
 */
@Component
class StripeEvents {

    private static final Logger log = LoggerFactory.getLogger(StripeEvents.class);

    enum Outcome { HANDLED, DUPLICATE, IGNORED }

    /** Metadata of the commands a Stripe event causes: which event, so timelines can show it. */
    static final String STRIPE_EVENT_ID = "stripeEventId";
    static final String STRIPE_EVENT_TYPE = "stripeEventType";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final CommandGateway commands;
    private final ObjectProvider<StripeGateway> stripe;
    private final ObjectProvider<StripeConnectGateway> connect;
    private final Queries queries;
    private final JsonMapper json;
    private final Clock clock;

    StripeEvents(JdbcTemplate jdbc, TransactionTemplate transaction, CommandGateway commands,
                 ObjectProvider<StripeGateway> stripe, ObjectProvider<StripeConnectGateway> connect, Queries queries,
                 JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.commands = commands;
        this.stripe = stripe;
        this.connect = connect;
        this.queries = queries;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Acts on one verified event. Stripe is asked first, with no transaction open; then the dedup row and the command's
     * events commit together, so a failure leaves nothing behind and Stripe's redelivery tries again.
     */
    Outcome handle(String eventId, String type, String payload) {
        if (seen(eventId)) {
            return Outcome.DUPLICATE;
        }
        Object command;
        try {
            command = commandFor(type, payload);
        } catch (StripeGatewayException e) {
            if (e.retryable()) {
                throw e;
            }
            log.warn("Stripe event {} ({}) names something Stripe itself refuses to show ({}); acknowledged and ignored",
                    eventId, type, e.getMessage());
            command = null;
        }
        Map<String, Object> metaData = Map.of(MetaDataKeys.ACTOR, "stripe", STRIPE_EVENT_ID, eventId, STRIPE_EVENT_TYPE, type);
        try {
            Recorded recorded = record(eventId, type, command, metaData);
            if (recorded.result() instanceof ClosedOrder closed) {
                giveBack(closedOrderId(command), closed, type, metaData);
            }
            return recorded.outcome();
        } catch (AggregateNotFoundException | CommandExecutionException e) {
            if (e instanceof CommandExecutionException failed && !isNotFound(failed)) {
                throw e;
            }
            log.warn("Stripe event {} ({}) is about an order or producer we do not have; acknowledged and ignored",
                    eventId, type);
            return record(eventId, type, null, metaData).outcome();
        }
    }

    private record Recorded(Outcome outcome, Object result) {
    }

    private static OrderId closedOrderId(Object command) {
        return switch (command) {
            case ExpireOrderCommand expire -> expire.orderId();
            case FailPaymentCommand fail -> fail.orderId();
            default -> throw new IllegalStateException("no order closes with " + command);
        };
    }

    private Recorded record(String eventId, String type, Object command, Map<String, Object> metaData) {
        return transaction.execute(status -> {
            try {
                jdbc.update("insert into stripe_webhook_event (event_id, type, received_at) values (?, ?, ?)",
                        eventId, type, Timestamp.from(clock.instant()));
            } catch (DuplicateKeyException seenMeanwhile) {
                return new Recorded(Outcome.DUPLICATE, null);
            }
            if (command == null) {
                return new Recorded(Outcome.IGNORED, null);
            }
            Object result = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
            return new Recorded(Outcome.HANDLED, result);
        });
    }

    /**
     * An order closed unpaid (its session expired, its payment failed) gives its seats back at once, and its other
     * sessions are expired; each after the order's transaction, so that no lock or transaction spans two aggregates or
     * a call to Stripe. Should this fail, the hold sweeper releases the seats when the hold runs out.
     */
    private void giveBack(OrderId orderId, ClosedOrder closed, String type, Map<String, Object> metaData) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new ReleaseReservationCommand(closed.showId(), orderId, type)).andMetaData(metaData));
        } catch (RuntimeException e) {
            log.warn("Order {} closed by Stripe event {}, but its seats could not be released now ({}); the hold sweeper "
                    + "releases them", orderId, type, e.getMessage());
        }
        StripeGateway gateway = stripe.getIfAvailable();
        for (String session : closed.sessionIds()) {
            try {
                if (gateway != null) {
                    gateway.expireSession(session);
                }
            } catch (RuntimeException e) {
                log.debug("Session {} of order {} not expired ({})", session, orderId, e.getMessage());
            }
        }
    }

    private static boolean isNotFound(CommandExecutionException e) {
        return e.getDetails().filter(NotFoundException.class::isInstance).isPresent()
                || e.getCause() instanceof AggregateNotFoundException;
    }

    private boolean seen(String eventId) {
        return !jdbc.queryForList("select event_id from stripe_webhook_event where event_id = ?", String.class, eventId)
                .isEmpty();
    }

    /** The command an event calls for, from what Stripe says now; null when there is nothing to do. */
    private Object commandFor(String type, String payload) {
        return switch (type) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> paid(objectId(payload));
            case "checkout.session.async_payment_failed" -> failed(objectId(payload));
            case "checkout.session.expired" -> expired(objectId(payload));
            case "account.updated" -> accountUpdated(objectId(payload));
            default -> null;
        };
    }

    private Object paid(String sessionId) {
        SessionState session = gateway().retrieveSession(sessionId);
        if (!session.paid()) {
            return null; // an async payment still on its way: its own event follows
        }
        Money amount = new Money(BigDecimal.valueOf(session.amountTotalMinor(), 2), session.currency().toUpperCase(Locale.ROOT));
        return forOrder(session, orderId -> new ConfirmPaymentCommand(orderId, PaymentMethod.STRIPE, amount,
                new PaymentReference(session.id(), session.paymentIntentId(), session.chargeId(), null)));
    }

    private Object failed(String sessionId) {
        SessionState session = gateway().retrieveSession(sessionId);
        return session.paid() ? null : forOrder(session, orderId -> new FailPaymentCommand(orderId, "the payment failed at Stripe"));
    }

    private Object expired(String sessionId) {
        SessionState session = gateway().retrieveSession(sessionId);
        return session.paid() || !"expired".equals(session.status()) ? null : forOrder(session, ExpireOrderCommand::new);
    }

    /**
     * A connected account changed: what Stripe says about it now goes to its producer. The producer is the one named in
     * the account's metadata when that producer's recorded account is this one, else the producer that recorded it; an
     * account of no producer of ours is acknowledged and left alone.
     */
    private Object accountUpdated(String accountId) {
        StripeConnectGateway gateway = connect.getIfAvailable();
        if (gateway == null) {
            throw new IllegalStateException("Stripe events arrive but Stripe is not configured (PIQUE_STRIPE_SECRET_KEY)");
        }
        ConnectedAccount account = gateway.retrieveAccount(accountId);
        Optional<ProducerId> producer = producerNamedIn(account).or(() -> queries.optional(
                new FindProducerByConnectedAccountQuery(account.id()), ProducerFinancialView.class)
                .map(view -> new ProducerId(view.producerId())));
        if (producer.isEmpty()) {
            log.warn("Stripe account {} is not the connected account of any producer; account.updated ignored", account.id());
            return null;
        }
        return new UpdateConnectedAccountStatusCommand(producer.get(), account.id(), account.chargesEnabled(),
                account.payoutsEnabled(), account.detailsSubmitted(), clock.instant());
    }

    private Optional<ProducerId> producerNamedIn(ConnectedAccount account) {
        ProducerId named;
        try {
            named = account.producerId() == null ? null : ProducerId.of(account.producerId());
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
        return Optional.ofNullable(named)
                .filter(producer -> queries.optional(new FindProducerFinancialQuery(producer), ProducerFinancialView.class)
                        .map(view -> account.id().equals(view.stripeAccountId()))
                        .orElse(false));
    }

    /** Sessions we did not open (no order id as client_reference_id) are acknowledged and left alone. */
    private Object forOrder(SessionState session, java.util.function.Function<OrderId, Object> command) {
        OrderId orderId;
        try {
            orderId = new OrderId(UUID.fromString(String.valueOf(session.clientReferenceId())));
        } catch (IllegalArgumentException notOurs) {
            log.warn("Stripe session {} has no order reference ({}); ignored", session.id(), session.clientReferenceId());
            return null;
        }
        return command.apply(orderId);
    }

    /** The id of the event's object: a Checkout Session or a connected account. */
    private String objectId(String payload) {
        return json.readTree(payload).path("data").path("object").path("id").asString();
    }

    private StripeGateway gateway() {
        StripeGateway gateway = stripe.getIfAvailable();
        if (gateway == null) {
            throw new IllegalStateException("Stripe events arrive but Stripe is not configured (PIQUE_STRIPE_SECRET_KEY)");
        }
        return gateway;
    }
}
