package com.piquetickets.api.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.order.OrderStatus;
import com.piquetickets.domain.order.OrderView;
import com.piquetickets.domain.order.OrderViewChanged.Progress;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.PaymentView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When a placed order counts as decided, told by the projection's progress hint and by the order read. */
class OrderDecisionsTest {

    private static final OffsetDateTime HOLD_ENDS = OffsetDateTime.parse("2026-11-25T12:00:00Z");

    @Test
    void anOrderWhoseSeatsAreNotHeldYetIsUndecided() {
        assertDecided(OrderStatus.PENDING_PAYMENT, null, PaymentMethod.STRIPE, null, false);
    }

    @Test
    void aHeldCardOrderIsDecidedOnlyOnceItsCheckoutPageIsOpen() {
        assertDecided(OrderStatus.PENDING_PAYMENT, HOLD_ENDS, PaymentMethod.STRIPE, null, false);
        assertDecided(OrderStatus.PENDING_PAYMENT, HOLD_ENDS, PaymentMethod.STRIPE, "https://checkout.example/cs_1", true);
    }

    @Test
    void heldFreeAndOfflineOrdersAreDecided() {
        assertDecided(OrderStatus.PENDING_PAYMENT, HOLD_ENDS, PaymentMethod.FREE, null, true);
        assertDecided(OrderStatus.PENDING_PAYMENT, HOLD_ENDS, PaymentMethod.OFFLINE, null, true);
    }

    @Test
    void anOrderThatLeftPendingPaymentIsDecided() {
        assertDecided(OrderStatus.REJECTED, null, PaymentMethod.STRIPE, null, true);
        assertDecided(OrderStatus.COMPLETED, HOLD_ENDS, PaymentMethod.FREE, null, true);
    }

    /** The hint and the read must agree, or a hint could make a waiting request skip the read that answers it. */
    private static void assertDecided(OrderStatus status, OffsetDateTime expiresAt, PaymentMethod method,
                                      String checkoutUrl, boolean decided) {
        OrderView order = new OrderView(UUID.randomUUID(), UUID.randomUUID(), status, "Ada", "Lovelace",
                "ada@example.com", null, List.of(), null, new PaymentView(method, null, null, null, checkoutUrl, false),
                expiresAt, null, null, List.of(), null, null);
        Progress progress = new Progress(status, expiresAt != null, method, checkoutUrl != null);

        assertThat(OrderDecisions.isDecided(order)).as("read").isEqualTo(decided);
        assertThat(OrderDecisions.isDecided(progress)).as("hint").isEqualTo(decided);
    }
}
