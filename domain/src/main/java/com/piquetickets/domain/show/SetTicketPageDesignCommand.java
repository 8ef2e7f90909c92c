package com.piquetickets.domain.show;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets how the ticket page of a show looks. */
public record SetTicketPageDesignCommand(@TargetAggregateIdentifier ShowId showId, TicketPageDesign design) {
}
