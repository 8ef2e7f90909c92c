package com.piquetickets.domain.show;

import com.piquetickets.domain.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order is paid: its held seats become sold. After a release (a late payment) the seats are taken again if they are still free. */
public record ConfirmReservationCommand(@TargetAggregateIdentifier ShowId showId, OrderId orderId) {
}
