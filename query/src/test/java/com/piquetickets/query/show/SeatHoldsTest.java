package com.piquetickets.query.show;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.show.ReservedSeats;
import com.piquetickets.domain.show.TicketTypeId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SeatHoldsTest {

    private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final UUID GA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID VIP = UUID.fromString("00000000-0000-0000-0000-0000000000a2");

    private static TicketHoldEntity held(int quantity) {
        return new TicketHoldEntity(UUID.randomUUID(), UUID.randomUUID(), GA, quantity, HoldState.HELD, null, T0);
    }

    @Test
    void aHoldMovesOnlyForward() {
        TicketHoldEntity hold = held(2);
        assertThat(hold.moveTo(HoldState.RELEASED, 2, T1)).isTrue();
        assertThat(hold.moveTo(HoldState.HELD, 2, T1)).as("a reservation applied again").isFalse();
        assertThat(hold.moveTo(HoldState.SOLD, 2, T1)).as("a late payment takes the seats again").isTrue();
        assertThat(hold.moveTo(HoldState.RELEASED, 2, T1)).isFalse();
        assertThat(hold.moveTo(HoldState.RETURNED, 2, T1)).isTrue();
        assertThat(hold.moveTo(HoldState.SOLD, 2, T1)).as("a confirmation applied again after the return").isFalse();
        assertThat(hold.state()).isEqualTo(HoldState.RETURNED);
    }

    @Test
    void movingToTheSameStateAgainChangesNothing() {
        TicketHoldEntity hold = held(2);
        assertThat(hold.moveTo(HoldState.SOLD, 3, T1)).isTrue();
        assertThat(hold.moveTo(HoldState.SOLD, 5, T1)).isFalse();
        assertThat(hold.quantity()).isEqualTo(3);
    }

    @Test
    void linesOfTheSameTicketTypeAddUpInFirstMentionOrder() {
        List<ReservedSeats> seats = List.of(new ReservedSeats(new TicketTypeId(VIP), 1),
                new ReservedSeats(new TicketTypeId(GA), 2), new ReservedSeats(new TicketTypeId(VIP), 3));
        assertThat(ShowProjection.seatsPerTicketType(seats)).containsExactly(
                java.util.Map.entry(VIP, 4), java.util.Map.entry(GA, 2));
        assertThat(ShowProjection.seatsPerTicketType(null)).isEmpty();
    }
}
