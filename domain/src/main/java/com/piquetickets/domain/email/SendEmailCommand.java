package com.piquetickets.domain.email;

import com.piquetickets.domain.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Queues an email for delivery; it is retried with back-off until it is sent. */
public record SendEmailCommand(
        @TargetAggregateIdentifier EmailId emailId,
        EmailPurpose purpose,
        OrderId orderId,
        EmailMessage message) {
}
