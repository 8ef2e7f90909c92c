package com.piquetickets.saga.checkout;

import com.piquetickets.domain.email.EmailMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes a plain confirmation and remembers what it was asked to write. */
class RecordingComposer implements ConfirmationEmailComposer {

    final List<OrderConfirmation> composed = new ArrayList<>();

    @Override
    public EmailMessage compose(OrderConfirmation confirmation) {
        composed.add(confirmation);
        return message(confirmation);
    }

    static EmailMessage message(OrderConfirmation confirmation) {
        String tickets = confirmation.tickets().stream()
                .map(t -> t.attendeeId() + " " + t.attendee().firstName())
                .collect(Collectors.joining("\n"));
        return new EmailMessage("tickets@piquetickets.test", confirmation.buyer().email(), "Your tickets", tickets,
                "<pre>" + tickets + "</pre>");
    }
}
