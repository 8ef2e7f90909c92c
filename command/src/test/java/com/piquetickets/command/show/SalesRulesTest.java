package com.piquetickets.command.show;

import static com.piquetickets.command.show.ShowFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.piquetickets.domain.common.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules that guard sold and held seats. No event records a sale yet (reservation events come with checkout), so
 * these are checked on the aggregate's own state functions instead of through a fixture.
 */
class SalesRulesTest {

    private static final TicketTypeState SEVEN_COMMITTED = new TicketTypeState(ticket("GA", 10, "5.00"), 4, 3);

    @Test
    void quantityCannotDropBelowSoldAndHeld() {
        assertThatThrownBy(() -> SEVEN_COMMITTED.requireQuantityCoversCommitted(6))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("ticket-quantity-below-sold");
                    assertThat(e.getMessage()).contains("at least 7");
                });
        assertThatCode(() -> SEVEN_COMMITTED.requireQuantityCoversCommitted(7)).doesNotThrowAnyException();
    }

    @Test
    void ticketTypeWithSoldOrHeldSeatsCannotBeRemoved() {
        TicketTypeState onlyHeld = new TicketTypeState(ticket("GA", 10, "5.00"), 0, 1);

        assertThatThrownBy(onlyHeld::requireNothingCommitted)
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("ticket-type-has-sales"));
    }

    @Test
    void showWithSalesCannotBeDeleted() {
        List<TicketTypeState> ticketTypes = List.of(TicketTypeState.offered(ticket("VIP", 10, "50.00")), SEVEN_COMMITTED);

        assertThatThrownBy(() -> Show.requireNoSales(ticketTypes))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("show-has-sales");
                    assertThat(e.getMessage()).contains("cancel it instead");
                });
    }
}
