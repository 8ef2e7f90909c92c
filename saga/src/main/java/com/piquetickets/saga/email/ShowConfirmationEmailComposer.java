package com.piquetickets.saga.email;

import com.piquetickets.domain.email.EmailMessage;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.Buyer;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.show.FindShowQuery;
import com.piquetickets.domain.show.ShowVenue;
import com.piquetickets.domain.show.ShowView;
import com.piquetickets.domain.show.ShowVisibility;
import com.piquetickets.saga.checkout.ConfirmationEmailComposer;
import com.piquetickets.saga.ticketcode.TicketCodes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Composes the confirmation email from the order the saga knows and the show as the catalogue has it (title, start
 * time in the show's zone, venue), rendered by {@link ConfirmationEmail}. Each ticket carries its signed code, issued
 * now (the tickets are issued as the email is composed).
 */
@Component
class ShowConfirmationEmailComposer implements ConfirmationEmailComposer {

    private final QueryGateway queries;
    private final ConfirmationEmail email;
    private final TicketCodes ticketCodes;
    private final Clock clock;

    ShowConfirmationEmailComposer(QueryGateway queries, ConfirmationEmail email, TicketCodes ticketCodes, Clock clock) {
        this.queries = queries;
        this.email = email;
        this.ticketCodes = ticketCodes;
        this.clock = clock;
    }

    @Override
    public EmailMessage compose(OrderConfirmation confirmation) {
        ShowView show = queries.query(new FindShowQuery(confirmation.showId().toString(), ShowVisibility.MANAGEMENT),
                        ResponseTypes.optionalInstanceOf(ShowView.class)).join()
                .orElseThrow(() -> new IllegalStateException("show " + confirmation.showId() + " is not in the catalogue yet"));
        Buyer buyer = confirmation.buyer();
        OrderPricing pricing = confirmation.pricing();
        ShowVenue venue = show.venue();
        Instant issuedAt = clock.instant();
        return email.render(new ConfirmationEmail.Details(
                fullName(buyer.firstName(), buyer.lastName()),
                buyer.email(),
                show.title(),
                startsAt(show),
                venue == null ? null : venue.name(),
                venue == null ? null : address(venue),
                confirmation.orderId().toString(),
                new ConfirmationEmail.Totals(pricing.subtotal(), pricing.discount(),
                        pricing.buyerPaysFees() ? pricing.platformFee().plus(pricing.processingFee())
                                : com.piquetickets.domain.common.Money.zero(pricing.total().currency()),
                        pricing.total()),
                confirmation.tickets().stream()
                        .map(ticket -> new ConfirmationEmail.Ticket(ticket.attendeeId().value(),
                                ticketCodes.codeFor(ticket.attendeeId(), confirmation.showId(), ticket.ticketTypeId(),
                                        issuedAt),
                                attendeeName(ticket.attendee(), buyer), ticket.ticketTypeName(), ticket.vip()))
                        .toList()));
    }

    private static ZonedDateTime startsAt(ShowView show) {
        ZoneId zone = ZoneId.of(show.timeZone());
        return Optional.ofNullable(show.startTime()).map(start -> start.atZoneSameInstant(zone))
                .orElseThrow(() -> new IllegalStateException("show " + show.id() + " has no start time"));
    }

    private static String attendeeName(AttendeeName attendee, Buyer buyer) {
        return attendee == null || attendee.firstName() == null ? fullName(buyer.firstName(), buyer.lastName())
                : fullName(attendee.firstName(), attendee.lastName());
    }

    private static String fullName(String first, String last) {
        return Stream.of(first, last).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
    }

    private static String address(ShowVenue venue) {
        return Stream.of(venue.address(), venue.city(), venue.state(), venue.zipCode())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    }
}
