package com.piquetickets.domain.email;

import java.util.UUID;

/** Every email sent (or being sent) about an order, oldest first. */
public record FindOrderEmailsQuery(UUID orderId) {
}
