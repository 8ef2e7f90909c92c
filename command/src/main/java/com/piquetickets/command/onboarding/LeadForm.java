package com.piquetickets.command.onboarding;

import static com.piquetickets.command.common.Inputs.MAX_NAME_LENGTH;

import com.piquetickets.command.common.Inputs;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.onboarding.ProducerInterestDetails;
import java.util.List;
import java.util.Locale;

/** The rules of the producer-interest form: what is required, how long each answer may be, how answers are tidied. */
final class LeadForm {

    static final int MAX_PHONE_LENGTH = 40;
    static final int MAX_TEXT_LENGTH = 2000;
    static final int MAX_LIST_ITEMS = 20;
    static final int MAX_LIST_ITEM_LENGTH = 100;
    /** The longest textual IPv6 address (with an embedded IPv4 part). */
    static final int MAX_IP_LENGTH = 45;
    static final int MAX_USER_AGENT_LENGTH = 512;

    private LeadForm() {
    }

    /** The details trimmed and checked; blank answers become null, blank list items are dropped. */
    static ProducerInterestDetails validated(ProducerInterestDetails d) {
        if (d == null) {
            throw new InvalidInputException("details", "are required");
        }
        return new ProducerInterestDetails(
                Inputs.required("name", d.name(), MAX_NAME_LENGTH),
                Inputs.email("email", d.email()).toLowerCase(Locale.ROOT),
                Inputs.optional("phone", d.phone(), MAX_PHONE_LENGTH),
                Inputs.optional("companyName", d.companyName(), MAX_NAME_LENGTH),
                Inputs.optional("city", d.city(), MAX_NAME_LENGTH),
                Inputs.optional("state", d.state(), MAX_NAME_LENGTH),
                Inputs.optional("eventsPerYear", d.eventsPerYear(), MAX_NAME_LENGTH),
                list("showTypes", d.showTypes()),
                Inputs.optional("showTypesOther", d.showTypesOther(), MAX_TEXT_LENGTH),
                list("currentPlatform", d.currentPlatform()),
                Inputs.optional("currentPlatformOther", d.currentPlatformOther(), MAX_TEXT_LENGTH),
                Inputs.optional("platformChallenges", d.platformChallenges(), MAX_TEXT_LENGTH),
                Inputs.optional("desiredFeatures", d.desiredFeatures(), MAX_TEXT_LENGTH),
                d.interestedInMarketing(),
                Inputs.optional("additionalInfo", d.additionalInfo(), MAX_TEXT_LENGTH));
    }

    /** The client's address as the api saw it; optional. */
    static String ipAddress(String value) {
        return Inputs.optional("ipAddress", value, MAX_IP_LENGTH);
    }

    /** The client's user agent, cut to a length worth keeping: the client does not choose it knowingly, so it is not refused. */
    static String userAgent(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.length() <= MAX_USER_AGENT_LENGTH ? trimmed : trimmed.substring(0, MAX_USER_AGENT_LENGTH);
    }

    private static List<String> list(String field, List<String> items) {
        List<String> kept = items.stream()
                .filter(item -> !item.isBlank())
                .map(item -> Inputs.required(field, item, MAX_LIST_ITEM_LENGTH))
                .toList();
        if (kept.size() > MAX_LIST_ITEMS) {
            throw new InvalidInputException(field, "must have at most " + MAX_LIST_ITEMS + " items");
        }
        return kept;
    }
}
