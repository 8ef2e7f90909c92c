package com.piquetickets.domain.order;

import com.piquetickets.domain.common.Personal;

/** Who pays for an order. */
public record Buyer(@Personal String firstName, @Personal String lastName, @Personal String email) {
}
