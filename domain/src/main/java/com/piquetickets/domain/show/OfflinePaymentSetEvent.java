package com.piquetickets.domain.show;

import org.axonframework.serialization.Revision;

/** Whether buyers of a show may pay offline (at the door or by invoice). */
@Revision("1")
public record OfflinePaymentSetEvent(ShowId showId, boolean enabled) {
}
