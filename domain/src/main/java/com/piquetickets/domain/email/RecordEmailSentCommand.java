package com.piquetickets.domain.email;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The mail service accepted an email. */
public record RecordEmailSentCommand(@TargetAggregateIdentifier EmailId emailId, String messageId) {
}
