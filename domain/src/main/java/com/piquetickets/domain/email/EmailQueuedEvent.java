package com.piquetickets.domain.email;

import com.piquetickets.domain.order.OrderId;
import org.axonframework.serialization.Revision;

/** An email is waiting to be delivered. */
@Revision("1")
public record EmailQueuedEvent(EmailId emailId, EmailPurpose purpose, OrderId orderId, EmailMessage message) {
}
