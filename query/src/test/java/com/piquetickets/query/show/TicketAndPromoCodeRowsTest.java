package com.piquetickets.query.show;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.performer.PerformerId;
import com.piquetickets.domain.show.TicketTypeId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketAndPromoCodeRowsTest {

    @Test
    void remainingIsQuantityLessSoldAndHeld() {
        assertThat(TicketEntity.remaining(100, 30, 5)).isEqualTo(65);
        assertThat(TicketEntity.remaining(10, 0, 0)).isEqualTo(10);
    }

    @Test
    void remainingNeverGoesBelowZero() {
        assertThat(TicketEntity.remaining(10, 8, 4)).isZero();
    }

    @Test
    void aPromoCodeRowIsTheSameWhateverTheCaseOfTheCode() {
        UUID show = UUID.randomUUID();
        assertThat(PromoCodeEntity.idFor(show, "Save10")).isEqualTo(PromoCodeEntity.idFor(show, "SAVE10"));
        assertThat(PromoCodeEntity.idFor(show, "SAVE10")).isNotEqualTo(PromoCodeEntity.idFor(UUID.randomUUID(), "SAVE10"));
    }

    @Test
    void ticketTypeIdsAreStoredSortedWhateverTheSetOrder() {
        UUID a = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        UUID b = UUID.fromString("00000000-0000-0000-0000-00000000000b");
        String joined = PromoCodeEntity.joinIds(Set.of(new TicketTypeId(b), new TicketTypeId(a)));
        assertThat(joined).isEqualTo(a + "," + b);
        assertThat(PromoCodeEntity.splitIds(joined)).containsExactly(a, b);
    }

    @Test
    void noTicketTypeIdsMeansAllOfThem() {
        assertThat(PromoCodeEntity.joinIds(Set.of())).isNull();
        assertThat(PromoCodeEntity.splitIds(null)).isEmpty();
    }

    @Test
    void theLineUpKeepsBillingOrderAndEachPerformerOnce() {
        UUID[] ids = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        List<PerformerId> lineUp = Arrays.stream(new int[] {2, 0, 2, 1, 0}).mapToObj(i -> new PerformerId(ids[i])).toList();
        assertThat(ShowProjection.inBillingOrder(lineUp)).containsExactly(ids[2], ids[0], ids[1]);
        assertThat(ShowProjection.inBillingOrder(null)).isEmpty();
    }
}
