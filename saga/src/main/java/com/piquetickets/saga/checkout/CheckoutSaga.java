package com.piquetickets.saga.checkout;

import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.IssueTicketCommand;
import com.piquetickets.domain.email.EmailId;
import com.piquetickets.domain.email.EmailPurpose;
import com.piquetickets.domain.email.SendEmailCommand;
import com.piquetickets.domain.order.CompleteOrderCommand;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.PaymentConfirmedEvent;
import com.piquetickets.domain.order.RequestRefundCommand;
import com.piquetickets.domain.show.ConfirmReservationCommand;
import com.piquetickets.domain.show.SeatConfirmation;
import com.piquetickets.saga.checkout.ConfirmationEmailComposer.OrderConfirmation;
import com.piquetickets.saga.checkout.ConfirmationEmailComposer.Ticket;
import com.piquetickets.saga.support.SagaCommands;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Coordinates a confirmed payment with its tickets (ARCHITECTURE, checkout step 4): the show sells the held seats, one
 * ticket is issued per seat, the order is completed and its confirmation email queued, all in the transaction that
 * handles the payment. A payment the show cannot sell seats for (they went after the hold ran out, or the show is over)
 * is handed to a full automatic refund: nobody is charged without tickets.
 *
 * <p>It starts and ends on the {@link PaymentConfirmedEvent}, which carries what it needs; nothing waits, so no saga
 * state is stored. Redelivery is safe: the show answers a repeated confirmation as sold, and tickets, the email and
 * the refund have ids derived from the order, so creating them again finds them made.
 */
@Saga
public class CheckoutSaga {

    public static final String ORDER_ID = "orderId";

    static final String LATE_PAYMENT_REFUND_REASON = "no seats left after a late payment";

    private static final Logger log = LoggerFactory.getLogger(CheckoutSaga.class);

    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient ConfirmationEmailComposer composer;

    @StartSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(PaymentConfirmedEvent payment) {
        SeatConfirmation seats = commandGateway.sendAndWait(new ConfirmReservationCommand(payment.showId(), payment.orderId()),
                SagaCommands.TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        if (seats.confirmed()) {
            fulfil(payment);
        } else {
            log.warn("Order {}: paid, but the show sells no seats for it ({}: {}); refunding in full", payment.orderId(),
                    seats.reason(), seats.message());
            SagaCommands.send(commandGateway, new RequestRefundCommand(payment.orderId(), lateRefundId(payment.orderId()),
                    null, LATE_PAYMENT_REFUND_REASON, true));
        }
        SagaLifecycle.end();
    }

    private void fulfil(PaymentConfirmedEvent payment) {
        List<Ticket> tickets = Tickets.of(payment);
        for (Ticket ticket : tickets) {
            SagaCommands.sendCreating(commandGateway, new IssueTicketCommand(ticket.attendeeId(), payment.orderId(),
                    payment.showId(), ticket.ticketTypeId(), ticket.attendee(), ticket.vip()));
        }
        SagaCommands.send(commandGateway, new CompleteOrderCommand(payment.orderId(),
                tickets.stream().map(Ticket::attendeeId).toList()));
        var message = composer.compose(new OrderConfirmation(payment.orderId(), payment.showId(), payment.buyer(),
                payment.method(), payment.pricing(), tickets));
        SagaCommands.sendCreating(commandGateway, new SendEmailCommand(confirmationEmailId(payment.orderId()),
                EmailPurpose.ORDER_CONFIRMATION, payment.orderId(), message));
    }

    /** The attendee id of seat number {@code seatIndex} (0-based, in order-line order) of an order. */
    public static AttendeeId attendeeId(OrderId orderId, int seatIndex) {
        return new AttendeeId(nameUuid(orderId + ":" + seatIndex));
    }

    /** The id of an order's (first) confirmation email. */
    public static EmailId confirmationEmailId(OrderId orderId) {
        return new EmailId(nameUuid(orderId + ":confirmation"));
    }

    /** The id of the automatic refund of a late payment that found no seats. */
    public static UUID lateRefundId(OrderId orderId) {
        return nameUuid(orderId + ":late-payment-refund");
    }

    private static UUID nameUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
