package com.piquetickets.query.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.Buyer;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderStatus;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.PaymentReference;
import com.piquetickets.domain.show.TicketTypeId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderRowsTest {

    private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");
    private static final TicketTypeId GA = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));

    private static OrderEntity placed() {
        return new OrderEntity(UUID.randomUUID(), UUID.randomUUID(), new Buyer("Ada", "Lovelace", "ada@example.com"),
                null, PaymentMethod.STRIPE, T0);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void anOrderThatIsNotPricedHasNoTotals() {
        assertThat(placed().totals()).isNull();
        assertThat(placed().toSummary(0).total()).isNull();
    }

    @Test
    void theTimeOfPurchaseIsThatOfTheFirstConfirmation() {
        OrderEntity order = placed();
        order.paid(PaymentMethod.STRIPE, new PaymentReference("cs", "pi", "ch", null), T0.plusSeconds(60));
        order.paid(PaymentMethod.STRIPE, new PaymentReference(null, null, null, "again"), T0.plusSeconds(120));
        assertThat(order.toView(List.of(), List.of()).timeOfPurchase())
                .isEqualTo(T0.plusSeconds(60).atOffset(ZoneOffset.UTC));
        assertThat(order.toView(List.of(), List.of()).payment().paymentIntentId()).as("kept, not blanked").isEqualTo("pi");
    }

    @Test
    void aRefundSetsTheRefundedSumAndSaysWhetherItIsAll() {
        OrderEntity order = placed();
        order.refunded(usd("40.00"), false, T0);
        assertThat(order.toView(List.of(), List.of()).status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        order.refunded(usd("100.00"), true, T0);
        order.refunded(usd("100.00"), true, T0);
        assertThat(order.toView(List.of(), List.of()).status()).isEqualTo(OrderStatus.REFUNDED);
    }

    @Test
    void pricedLinesOfTheSameTicketTypeAndVipnessAddUp() {
        LinePrice twoStandard = new LinePrice(GA, "GA", 2, usd("25.00"), null, usd("2.50"), usd("45.00"), false);
        LinePrice oneVip = new LinePrice(GA, "GA", 1, usd("25.00"), usd("0.00"), usd("0.00"), usd("25.00"), true);
        LinePrice oneMoreStandard = new LinePrice(GA, "GA", 1, usd("25.00"), null, usd("2.50"), usd("22.50"), false);

        List<PricedLine> lines = PricedLine.perTicketType(List.of(twoStandard, oneVip, oneMoreStandard));

        assertThat(lines).extracting(PricedLine::vip, PricedLine::quantity, PricedLine::total).containsExactly(
                org.assertj.core.groups.Tuple.tuple(false, 3, usd("67.50")),
                org.assertj.core.groups.Tuple.tuple(true, 1, usd("25.00")));
        assertThat(lines.getFirst().donationPerTicket()).as("missing is zero").isEqualTo(usd("0.00"));
    }
}
