package com.piquetickets.command.order;

import com.piquetickets.command.common.Inputs;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.Buyer;
import com.piquetickets.domain.order.OrderLine;
import com.piquetickets.domain.show.TicketTypeId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a buyer's order may say: each function checks one input and returns it cleaned (trimmed), or throws an
 * {@link InvalidInputException} naming the field as the buyer sent it ({@code lines[1].quantity}). Pure.
 */
final class OrderInputs {

    static final int MAX_PERSON_NAME_LENGTH = 100;
    private static final Pattern PROMO_CODE = Pattern.compile("[A-Za-z0-9_-]{3,32}");

    private OrderInputs() {
    }

    static Buyer buyer(Buyer buyer) {
        if (buyer == null) {
            throw new InvalidInputException("buyer", "is required");
        }
        return new Buyer(
                Inputs.required("buyer.firstName", buyer.firstName(), MAX_PERSON_NAME_LENGTH),
                Inputs.required("buyer.lastName", buyer.lastName(), MAX_PERSON_NAME_LENGTH),
                Inputs.email("buyer.email", buyer.email()));
    }

    /** The promo code, trimmed (null without one). */
    static String promoCode(String promoCode) {
        String code = Inputs.optional("promoCode", promoCode, 32);
        if (code != null && !PROMO_CODE.matcher(code).matches()) {
            throw new InvalidInputException("promoCode", "must be 3 to 32 letters, digits, '_' or '-'");
        }
        return code;
    }

    static List<OrderLine> lines(List<OrderLine> lines, OrderLimits limits) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException("lines", "an order needs at least one line");
        }
        Set<TicketTypeId> seen = new HashSet<>();
        List<OrderLine> valid = new ArrayList<>(lines.size());
        long tickets = 0;
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            String field = "lines[" + i + "]";
            if (line == null) {
                throw new InvalidInputException(field, "is required");
            }
            if (line.ticketTypeId() == null) {
                throw new InvalidInputException(field + ".ticketTypeId", "is required");
            }
            if (!seen.add(line.ticketTypeId())) {
                throw new InvalidInputException(field + ".ticketTypeId",
                        "ticket type " + line.ticketTypeId() + " is on more than one line; order it once with a higher quantity");
            }
            if (line.quantity() < 1) {
                throw new InvalidInputException(field + ".quantity", "must be at least 1");
            }
            if (line.donationPerTicket() != null && line.donationPerTicket().signum() < 0) {
                throw new InvalidInputException(field + ".donationPerTicket", "must not be negative");
            }
            if (line.attendees().size() > line.quantity()) {
                throw new InvalidInputException(field + ".attendees",
                        "names " + line.attendees().size() + " attendees for " + line.quantity() + " tickets");
            }
            List<AttendeeName> attendees = new ArrayList<>(line.attendees().size());
            for (int j = 0; j < line.attendees().size(); j++) {
                attendees.add(attendee(field + ".attendees[" + j + "]", line.attendees().get(j)));
            }
            tickets += line.quantity();
            valid.add(new OrderLine(line.ticketTypeId(), line.quantity(), line.donationPerTicket(), line.vip(), attendees));
        }
        if (tickets > limits.maxTicketsPerOrder()) {
            throw new InvalidInputException("lines",
                    "an order has at most " + limits.maxTicketsPerOrder() + " tickets; this one has " + tickets);
        }
        return valid;
    }

    /** A named attendee: first and last name required, email optional but valid when given. */
    private static AttendeeName attendee(String field, AttendeeName attendee) {
        if (attendee == null) {
            throw new InvalidInputException(field, "is required");
        }
        String email = attendee.email() == null || attendee.email().isBlank() ? null : Inputs.email(field + ".email", attendee.email());
        return new AttendeeName(
                Inputs.required(field + ".firstName", attendee.firstName(), MAX_PERSON_NAME_LENGTH),
                Inputs.required(field + ".lastName", attendee.lastName(), MAX_PERSON_NAME_LENGTH),
                email);
    }
}
