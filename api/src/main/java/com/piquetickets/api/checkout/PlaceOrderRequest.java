package com.piquetickets.api.checkout;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.Buyer;
import com.piquetickets.domain.order.OrderLine;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.show.SeatRequest;
import com.piquetickets.domain.show.TicketTypeId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An order as a buyer sends it. {@code donationAmount} is per ticket, for donation-based ticket types;
 * {@code paymentMethod} is decided by the show when left out: STRIPE when card payments are on, otherwise OFFLINE, and
 * FREE whenever the total is zero.
 */
record PlaceOrderRequest(
        @NotNull UUID showId,
        @NotNull @Valid BuyerRequest buyer,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid LineRequest> lines,
        @Size(max = 32) String promoCode,
        PaymentMethod paymentMethod) {

    record BuyerRequest(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Email @Size(max = 254) String email) {
    }

    record LineRequest(
            @NotNull UUID ticketTypeId,
            @NotNull @Min(1) @Max(100) Integer quantity,
            @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal donationAmount,
            Boolean isVip,
            @Size(max = 100) List<@NotNull @Valid AttendeeRequest> attendees) {
    }

    record AttendeeRequest(
            @Size(max = 100) String firstName,
            @Size(max = 100) String lastName,
            @Email @Size(max = 254) String email) {
    }

    /** The seats to ask the show for; donations are amounts in the show's currency. */
    List<SeatRequest> toSeats() {
        return lines.stream().map(line -> new SeatRequest(new TicketTypeId(line.ticketTypeId()), line.quantity(),
                line.donationAmount(), Boolean.TRUE.equals(line.isVip()))).toList();
    }

    String promoCodeOrNull() {
        return promoCode == null || promoCode.isBlank() ? null : promoCode.trim();
    }

    Buyer toBuyer() {
        return new Buyer(buyer.firstName(), buyer.lastName(), buyer.email());
    }

    List<OrderLine> toLines(String currency) {
        return lines.stream().map(line -> new OrderLine(new TicketTypeId(line.ticketTypeId()), line.quantity(),
                line.donationAmount() == null ? null : new Money(line.donationAmount(), currency),
                Boolean.TRUE.equals(line.isVip()),
                line.attendees() == null ? List.of() : line.attendees().stream()
                        .map(a -> new AttendeeName(a.firstName(), a.lastName(), a.email())).toList()))
                .toList();
    }
}
