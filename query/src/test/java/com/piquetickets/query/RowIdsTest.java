package com.piquetickets.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RowIdsTest {

    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID TICKET_TYPE = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    @Test
    void vipSeatsOfATicketTypeAreALineOfTheirOwn() {
        assertThat(RowIds.ticketOrder(ORDER, TICKET_TYPE, true)).isNotEqualTo(RowIds.ticketOrder(ORDER, TICKET_TYPE, false));
        assertThat(RowIds.ticketOrder(ORDER, TICKET_TYPE, true)).isEqualTo(RowIds.ticketOrder(ORDER, TICKET_TYPE, true));
    }

    @Test
    void aPromoCodeIsTheSameRowWhateverItsCase() {
        UUID show = UUID.randomUUID();
        assertThat(RowIds.promoCode(show, "save10")).isEqualTo(RowIds.promoCode(show, "SAVE10"));
    }

    @Test
    void aHoldIsPerOrderAndTicketType() {
        assertThat(RowIds.ticketHold(ORDER, TICKET_TYPE)).isNotEqualTo(RowIds.ticketHold(TICKET_TYPE, ORDER));
    }
}
