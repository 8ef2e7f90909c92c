package com.piquetickets.command.show;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.CatalogueRegistry;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.show.ShowDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What a show needs to be published, and to stay so: each gap named, so the producer can fix them all at once. */
final class ShowPublication {

    private ShowPublication() {
    }

    /** Refuses publication with everything still missing; {@code chargesUnmet}: see {@link ChargesRule}. */
    static void requirePublishable(ShowDetails details, boolean hasTicketTypes, ProducerId producerId,
                                   CatalogueRegistry registry, Instant now, boolean chargesUnmet) {
        List<String> missing = new ArrayList<>();
        if (!hasTicketTypes) {
            missing.add("add at least one ticket type");
        }
        if (details.venueId() == null) {
            missing.add("set a venue");
        } else if (!registry.isActive(CatalogueKind.VENUE, details.venueId().value())) {
            missing.add("choose an active venue (venue " + details.venueId() + " is deactivated)");
        }
        if (details.startTime() == null) {
            missing.add("set a start time");
        } else if (!details.startTime().isAfter(now)) {
            missing.add("move the start time into the future");
        }
        if (details.endTime() == null) {
            missing.add("set an end time");
        }
        if (!registry.isActive(CatalogueKind.PRODUCER, producerId.value())) {
            missing.add("the producer " + producerId + " is deactivated and cannot publish shows");
        }
        if (chargesUnmet) {
            missing.add(ChargesRule.NOT_ENABLED);
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException("show-not-publishable",
                    "the show cannot be published yet: " + String.join("; ", missing));
        }
    }

    /** A published show keeps its venue and times: buyers hold tickets for them. */
    static void requireKeptWhilePublished(ShowDetails details) {
        List<String> gaps = new ArrayList<>();
        if (details.venueId() == null) {
            gaps.add("a venue");
        }
        if (details.startTime() == null) {
            gaps.add("a start time");
        }
        if (details.endTime() == null) {
            gaps.add("an end time");
        }
        if (!gaps.isEmpty()) {
            throw new RuleViolationException("show-not-publishable",
                    "a published show must keep " + String.join(", ", gaps) + "; unpublish it first to remove them");
        }
    }
}
