package com.piquetickets.saga.payment;

import static com.piquetickets.saga.checkout.CheckoutExamples.GENERAL;
import static com.piquetickets.saga.checkout.CheckoutExamples.PAID;
import static com.piquetickets.saga.checkout.CheckoutExamples.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.saga.payment.StripeGateway.LineItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class StripeLineItemsTest {

    @Test
    void eachTicketCostsItsPricePlusDonationMinusDiscountInCents() {
        assertThat(StripeLineItems.of(PAID)).startsWith(
                new LineItem("General admission", 2250, 2),
                new LineItem("VIP", 6500, 1));
    }

    @Test
    void feesTheBuyerPaysAreOneBookingFeesLineAndTheLinesAddUpToTheTotal() {
        List<LineItem> items = StripeLineItems.of(PAID);

        assertThat(items).endsWith(new LineItem("Booking fees", 660, 1));
        assertThat(StripeLineItems.totalMinor(items)).isEqualTo(11660);
    }

    @Test
    void feesTheProducerAbsorbsAreNotListed() {
        OrderPricing absorbed = new OrderPricing(
                List.of(new LinePrice(GENERAL, "General admission", 3, usd("20.00"), null, null, usd("60.00"), false)),
                null, usd("60.00"), usd("0.00"), usd("1.80"), usd("2.04"), false, usd("60.00"));

        assertThat(StripeLineItems.of(absorbed)).containsExactly(new LineItem("General admission", 2000, 3));
    }

    @Test
    void thePlatformKeepsTheFeesOfADestinationChargeButNeverMoreThanTheTotal() {
        assertThat(StripeLineItems.applicationFeeMinor(PAID)).isEqualTo(660);
        OrderPricing cheap = new OrderPricing(List.of(new LinePrice(GENERAL, "General admission", 1, usd("0.50"), usd("0.00"),
                usd("0.00"), usd("0.50"), false)), null, usd("0.50"), usd("0.00"), usd("0.02"), usd("0.31"), false,
                usd("0.50"));
        assertThat(StripeLineItems.applicationFeeMinor(cheap)).isEqualTo(33);
        OrderPricing cheaper = new OrderPricing(cheap.lines(), null, usd("0.20"), usd("0.00"), usd("0.01"), usd("0.30"),
                false, usd("0.20"));
        assertThat(StripeLineItems.applicationFeeMinor(cheaper)).isEqualTo(20);
    }
}
