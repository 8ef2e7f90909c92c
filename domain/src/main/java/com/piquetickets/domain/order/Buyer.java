package com.piquetickets.domain.order;

/** Who pays for an order. */
public record Buyer(String firstName, String lastName, String email) {
}
