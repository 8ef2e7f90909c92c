package com.piquetickets.command.show;

import static com.piquetickets.command.common.Inputs.MAX_NAME_LENGTH;
import static com.piquetickets.command.common.Inputs.MAX_TEXT_LENGTH;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.CatalogueRegistry;
import com.piquetickets.command.common.Inputs;
import com.piquetickets.command.common.RichText;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.performer.PerformerId;
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.ShowDetails;
import com.piquetickets.domain.show.TicketPageDesign;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketTypeSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a show's catalogue commands may say: each function checks one input and returns it cleaned (trimmed, sanitised),
 * or throws an {@link InvalidInputException} naming the field. No state of the show but what is passed in.
 */
final class ShowInputs {

    static final int MAX_TICKET_QUANTITY = 1_000_000;
    static final int MAX_LONG_TEXT_LENGTH = 5_000;
    private static final Pattern PROMO_CODE = Pattern.compile("[A-Za-z0-9_-]{3,32}");
    private static final Pattern COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

    private ShowInputs() {
    }

    static ShowDetails details(ShowDetails d) {
        if (d == null) {
            throw new InvalidInputException("details", "are required");
        }
        String title = Inputs.required("title", d.title(), MAX_NAME_LENGTH);
        String timeZone = Inputs.required("timeZone", d.timeZone(), 64);
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw new InvalidInputException("timeZone", "not an IANA time zone: " + timeZone);
        }
        Instant door = d.doorTime();
        Instant start = d.startTime();
        Instant end = d.endTime();
        if (door != null && start != null && door.isAfter(start)) {
            throw new InvalidInputException("doorTime", "doors must open at or before the start time");
        }
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidInputException("endTime", "must be after the start time");
        }
        if (door != null && start == null && end != null && !door.isBefore(end)) {
            throw new InvalidInputException("endTime", "must be after the door time");
        }
        return new ShowDetails(
                title,
                RichText.sanitize(d.description()),
                door,
                start,
                end,
                timeZone,
                Inputs.optional("ageRestriction", d.ageRestriction(), MAX_NAME_LENGTH),
                Inputs.optional("refundPolicy", d.refundPolicy(), MAX_LONG_TEXT_LENGTH),
                d.venueId(),
                Inputs.httpUrl("image", d.image()),
                Inputs.httpUrl("bannerImage", d.bannerImage()),
                Inputs.httpUrl("squareImage", d.squareImage()),
                Inputs.httpUrl("featuredVideo", d.featuredVideo()),
                Inputs.optional("facebookCampaignId", d.facebookCampaignId(), MAX_NAME_LENGTH));
    }

    /** A ticket type of a show selling in {@code currency}; a donation-based type without a minimum takes any. */
    static TicketTypeSpec ticketType(TicketTypeSpec s, String currency) {
        if (s == null) {
            throw new InvalidInputException("spec", "is required");
        }
        String name = Inputs.required("name", s.name(), MAX_NAME_LENGTH);
        String description = Inputs.optional("description", s.description(), MAX_LONG_TEXT_LENGTH);
        if (s.quantity() < 1 || s.quantity() > MAX_TICKET_QUANTITY) {
            throw new InvalidInputException("quantity", "must be between 1 and " + MAX_TICKET_QUANTITY);
        }
        Money price = inCurrency("price", s.price(), currency);
        if (price == null) {
            throw new InvalidInputException("price", "is required");
        }
        if (price.signum() < 0) {
            throw new InvalidInputException("price", "must not be negative");
        }
        Money minimumDonation = inCurrency("minimumDonation", s.minimumDonation(), currency);
        if (s.donationBased()) {
            if (minimumDonation == null) {
                minimumDonation = Money.zero(currency);
            } else if (minimumDonation.signum() < 0) {
                throw new InvalidInputException("minimumDonation", "must not be negative");
            }
        } else if (minimumDonation != null) {
            throw new InvalidInputException("minimumDonation", "only a donation-based ticket type takes a minimum donation");
        }
        return new TicketTypeSpec(name, description, s.quantity(), price, s.donationBased(), minimumDonation, s.vipAllowed());
    }

    /** A promo code whose ticket types, when it names any, are among {@code ticketTypesOfTheShow}. */
    static PromoCodeSpec promoCode(PromoCodeSpec s, Set<UUID> ticketTypesOfTheShow) {
        if (s == null) {
            throw new InvalidInputException("spec", "is required");
        }
        String code = s.code() == null ? "" : s.code().trim();
        if (!PROMO_CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "must be 3 to 32 letters, digits, '_' or '-'");
        }
        if (s.kind() == null) {
            throw new InvalidInputException("kind", "is required (PERCENTAGE or FIXED_AMOUNT)");
        }
        BigDecimal value = s.value();
        if (value == null) {
            throw new InvalidInputException("value", "is required");
        }
        if (s.kind() == DiscountKind.PERCENTAGE) {
            if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidInputException("value", "a percentage must be more than 0 and at most 100");
            }
        } else {
            if (value.signum() <= 0) {
                throw new InvalidInputException("value", "a fixed amount must be more than 0");
            }
            if (value.stripTrailingZeros().scale() > Money.SCALE) {
                throw new InvalidInputException("value", "a fixed amount has at most two decimal places");
            }
        }
        if (s.maxUses() != null && s.maxUses() < 1) {
            throw new InvalidInputException("maxUses", "must be at least 1, or left out for no limit");
        }
        if (s.validFrom() != null && s.validUntil() != null && !s.validFrom().isBefore(s.validUntil())) {
            throw new InvalidInputException("validUntil", "must be after validFrom");
        }
        for (TicketTypeId ticketTypeId : s.ticketTypeIds()) {
            if (!ticketTypesOfTheShow.contains(ticketTypeId.value())) {
                throw new NotFoundException("ticket-type", ticketTypeId, "ticketTypeIds");
            }
        }
        return new PromoCodeSpec(code, s.kind(), value, s.maxUses(), s.validFrom(), s.validUntil(), s.ticketTypeIds());
    }

    /** Performers listed once each, every one of them known. */
    static void requireLineUp(List<PerformerId> performerIds, CatalogueRegistry registry) {
        Set<PerformerId> seen = new HashSet<>();
        for (PerformerId performerId : performerIds) {
            if (!seen.add(performerId)) {
                throw new InvalidInputException("performerIds", "lists performer " + performerId + " more than once");
            }
            if (!registry.exists(CatalogueKind.PERFORMER, performerId.value())) {
                throw new NotFoundException("performer", performerId, "performerIds");
            }
        }
    }

    static TicketPageDesign pageDesign(TicketPageDesign d) {
        if (d == null) {
            throw new InvalidInputException("design", "is required");
        }
        return new TicketPageDesign(
                colour("primaryColor", d.primaryColor()),
                colour("secondaryColor", d.secondaryColor()),
                Inputs.httpUrl("backgroundImage", d.backgroundImage()));
    }

    private static Money inCurrency(String field, Money money, String currency) {
        if (money != null && !money.currency().equals(currency)) {
            throw new InvalidInputException(field, "must be in the currency of the show, " + currency);
        }
        return money;
    }

    private static String colour(String field, String value) {
        String colour = Inputs.optional(field, value, MAX_TEXT_LENGTH);
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            throw new InvalidInputException(field, "must be a colour like #1a2b3c or #abc");
        }
        return colour;
    }
}
