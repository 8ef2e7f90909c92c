package com.piquetickets.domain.order;

/** Who a single ticket is for, when the buyer names them; otherwise the ticket is in the buyer name. */
public record AttendeeName(String firstName, String lastName, String email) {
}
