package com.piquetickets.command.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.FeeSchedule;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.TicketTypeId;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pricing policy on its own: exact amounts, half-even to the cent. */
class PricingTest {

    private static final TicketTypeId GA = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final TicketTypeId VIP = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-0000000000a2"));
    private static final FeeSchedule NO_FEES = fees("0", "0.00", "0", "0.00", true);
    /** Platform 2 % + 0.50, processing 2.9 % + 0.30 per paid ticket. */
    private static final FeeSchedule STANDARD = fees("2", "0.50", "2.9", "0.30", true);

    @Test
    void ordersWithoutPromoCodeOrFeesCostTheirTickets() {
        OrderPricing pricing = Pricing.price("USD", List.of(line(GA, 2, "25.00"), line(VIP, 1, "40.00")), null, NO_FEES);

        assertThat(pricing.subtotal()).isEqualTo(usd("90.00"));
        assertThat(pricing.discount()).isEqualTo(usd("0.00"));
        assertThat(pricing.total()).isEqualTo(usd("90.00"));
        assertThat(pricing.promoCode()).isNull();
        assertThat(pricing.lines()).containsExactly(
                new LinePrice(GA, "GA", 2, usd("25.00"), usd("0.00"), usd("0.00"), usd("50.00"), false),
                new LinePrice(VIP, "VIP", 1, usd("40.00"), usd("0.00"), usd("0.00"), usd("40.00"), false));
        assertThat(pricing.ticketCount()).isEqualTo(3);
    }

    @Test
    void percentageDiscountRoundsHalfEvenToTheCent() {
        // 12.5 % of 0.20 is 0.025: half-even gives 0.02; of 0.60 it is 0.075, which gives 0.08
        assertThat(Pricing.discountPerTicket(usd("0.20"), percent("12.5"))).isEqualTo(usd("0.02"));
        assertThat(Pricing.discountPerTicket(usd("0.60"), percent("12.5"))).isEqualTo(usd("0.08"));

        OrderPricing pricing = Pricing.price("USD", List.of(discounted(GA, 3, "0.20")), percent("12.5"), NO_FEES);

        assertThat(pricing.lines().getFirst().discountPerTicket()).isEqualTo(usd("0.02"));
        assertThat(pricing.discount()).isEqualTo(usd("0.06"));
        assertThat(pricing.total()).isEqualTo(usd("0.54"));
    }

    @Test
    void percentageDiscountIsRoundedPerTicketNotPerLine() {
        // 12.5 % of 0.20 x 3 would be 0.075 -> 0.08 per line; per ticket it is 0.02 x 3
        OrderPricing pricing = Pricing.price("USD", List.of(discounted(GA, 3, "0.20")), percent("12.5"), NO_FEES);

        assertThat(pricing.discount()).isEqualTo(usd("0.06"));
    }

    @Test
    void fixedDiscountIsPerTicket() {
        OrderPricing pricing = Pricing.price("USD", List.of(discounted(GA, 2, "25.00")), fixed("5.00"), NO_FEES);

        assertThat(pricing.discount()).isEqualTo(usd("10.00"));
        assertThat(pricing.lines().getFirst().lineTotal()).isEqualTo(usd("40.00"));
        assertThat(pricing.total()).isEqualTo(usd("40.00"));
    }

    @Test
    void discountIsNeverMoreThanThePrice() {
        OrderPricing pricing = Pricing.price("USD", List.of(discounted(GA, 2, "10.00")), fixed("15.00"), STANDARD);

        assertThat(pricing.lines().getFirst().discountPerTicket()).isEqualTo(usd("10.00"));
        assertThat(pricing.discount()).isEqualTo(usd("20.00"));
        assertThat(pricing.total()).isEqualTo(usd("0.00"));
    }

    @Test
    void discountAppliesOnlyToLinesTheCodeCovers() {
        OrderPricing pricing = Pricing.price("USD", List.of(discounted(GA, 1, "20.00"), line(VIP, 1, "40.00")),
                percent("50"), NO_FEES);

        assertThat(pricing.lines()).extracting(LinePrice::discountPerTicket).containsExactly(usd("10.00"), usd("0.00"));
        assertThat(pricing.total()).isEqualTo(usd("50.00"));
        assertThat(pricing.promoCode()).isEqualTo("SAVE");
    }

    @Test
    void discountIsTakenFromThePriceNotTheDonation() {
        Pricing.Line donating = new Pricing.Line(GA, "GA", 1, usd("10.00"), usd("5.00"), false, true);

        OrderPricing pricing = Pricing.price("USD", List.of(donating), percent("100"), NO_FEES);

        assertThat(pricing.subtotal()).isEqualTo(usd("15.00"));
        assertThat(pricing.discount()).isEqualTo(usd("10.00"));
        assertThat(pricing.total()).isEqualTo(usd("5.00"));
    }

    @Test
    void feesArePercentOfTheDiscountedAmountPlusFixedPerPaidTicket() {
        // 90.00: platform 2 % = 1.80 + 3 x 0.50 = 3.30; processing 2.9 % = 2.61 + 3 x 0.30 = 3.51
        OrderPricing pricing = Pricing.price("USD", List.of(line(GA, 2, "25.00"), line(VIP, 1, "40.00")), null, STANDARD);

        assertThat(pricing.platformFee()).isEqualTo(usd("3.30"));
        assertThat(pricing.processingFee()).isEqualTo(usd("3.51"));
        assertThat(pricing.total()).isEqualTo(usd("96.81"));
        assertThat(pricing.buyerPaysFees()).isTrue();
    }

    @Test
    void feePercentagesRoundHalfEvenToTheCent() {
        // 10 % of 1.25 = 0.125 -> 0.12; 10 % of 1.35 = 0.135 -> 0.14
        FeeSchedule tenPercent = fees("10", "0.00", "10", "0.00", true);

        assertThat(Pricing.price("USD", List.of(line(GA, 1, "1.25")), null, tenPercent).platformFee()).isEqualTo(usd("0.12"));
        assertThat(Pricing.price("USD", List.of(line(GA, 1, "1.35")), null, tenPercent).processingFee()).isEqualTo(usd("0.14"));
    }

    @Test
    void feesAreTakenAfterTheDiscount() {
        // 50.00 - 10 % = 45.00: platform 2 % = 0.90 + 2 x 0.50; processing 2.9 % = 1.305 -> 1.30 + 2 x 0.30
        OrderPricing pricing = Pricing.price("USD", List.of(discounted(GA, 2, "25.00")), percent("10"), STANDARD);

        assertThat(pricing.discount()).isEqualTo(usd("5.00"));
        assertThat(pricing.platformFee()).isEqualTo(usd("1.90"));
        assertThat(pricing.processingFee()).isEqualTo(usd("1.90"));
        assertThat(pricing.total()).isEqualTo(usd("48.80"));
    }

    @Test
    void fixedFeesCountOnlyPaidTickets() {
        // 3 free + 1 at 10.00: platform 0.20 + 1 x 0.50; processing 0.29 + 1 x 0.30
        OrderPricing pricing = Pricing.price("USD", List.of(line(GA, 3, "0.00"), line(VIP, 1, "10.00")), null, STANDARD);

        assertThat(pricing.platformFee()).isEqualTo(usd("0.70"));
        assertThat(pricing.processingFee()).isEqualTo(usd("0.59"));
        assertThat(pricing.total()).isEqualTo(usd("11.29"));
    }

    @Test
    void freeTicketsCarryNoFees() {
        OrderPricing pricing = Pricing.price("USD", List.of(line(GA, 4, "0.00")), null, STANDARD);

        assertThat(pricing.platformFee()).isEqualTo(usd("0.00"));
        assertThat(pricing.processingFee()).isEqualTo(usd("0.00"));
        assertThat(pricing.total()).isEqualTo(usd("0.00"));
    }

    @Test
    void fullyDiscountedTicketsCarryNoFees() {
        OrderPricing pricing = Pricing.price("USD", List.of(discounted(GA, 2, "25.00")), percent("100"), STANDARD);

        assertThat(pricing.platformFee()).isEqualTo(usd("0.00"));
        assertThat(pricing.total()).isEqualTo(usd("0.00"));
    }

    @Test
    void feesTheProducerAbsorbsAreReportedButNotCharged() {
        OrderPricing pricing = Pricing.price("USD", List.of(line(GA, 2, "25.00"), line(VIP, 1, "40.00")), null,
                fees("2", "0.50", "2.9", "0.30", false));

        assertThat(pricing.platformFee()).isEqualTo(usd("3.30"));
        assertThat(pricing.processingFee()).isEqualTo(usd("3.51"));
        assertThat(pricing.buyerPaysFees()).isFalse();
        assertThat(pricing.total()).isEqualTo(usd("90.00"));
    }

    @Test
    void fixedFeesAreTheSameFigureInTheCurrencyOfTheShow() {
        OrderPricing pricing = Pricing.price("EUR", List.of(new Pricing.Line(GA, "GA", 1, Money.of("10.00", "EUR"),
                Money.zero("EUR"), false, false)), null, fees("0", "0.50", "0", "0.30", true));

        assertThat(pricing.platformFee()).isEqualTo(Money.of("0.50", "EUR"));
        assertThat(pricing.processingFee()).isEqualTo(Money.of("0.30", "EUR"));
        assertThat(pricing.total()).isEqualTo(Money.of("10.80", "EUR"));
    }

    private static Pricing.Line line(TicketTypeId id, int quantity, String price) {
        return new Pricing.Line(id, id == GA ? "GA" : "VIP", quantity, usd(price), usd("0.00"), false, false);
    }

    private static Pricing.Line discounted(TicketTypeId id, int quantity, String price) {
        return new Pricing.Line(id, id == GA ? "GA" : "VIP", quantity, usd(price), usd("0.00"), false, true);
    }

    private static Pricing.Discount percent(String value) {
        return new Pricing.Discount("SAVE", DiscountKind.PERCENTAGE, new BigDecimal(value));
    }

    private static Pricing.Discount fixed(String value) {
        return new Pricing.Discount("SAVE", DiscountKind.FIXED_AMOUNT, new BigDecimal(value));
    }

    private static FeeSchedule fees(String platform, String platformFixed, String processing, String processingFixed,
                                    boolean buyerPays) {
        return new FeeSchedule(new BigDecimal(platform), usd(platformFixed), new BigDecimal(processing),
                usd(processingFixed), buyerPays);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
