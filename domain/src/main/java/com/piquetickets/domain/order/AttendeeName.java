package com.piquetickets.domain.order;

import com.piquetickets.domain.common.Personal;

/** Who a single ticket is for, when the buyer names them; otherwise the ticket is in the buyer name. */
public record AttendeeName(@Personal String firstName, @Personal String lastName, @Personal String email) {
}
