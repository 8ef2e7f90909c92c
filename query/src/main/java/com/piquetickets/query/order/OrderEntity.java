package com.piquetickets.query.order;

import com.piquetickets.query.InsertedRow;
import com.piquetickets.domain.attendee.AttendeeView;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.Buyer;
import com.piquetickets.domain.order.OrderLineView;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.OrderStatus;
import com.piquetickets.domain.order.OrderSummary;
import com.piquetickets.domain.order.OrderTotals;
import com.piquetickets.domain.order.OrderView;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.PaymentReference;
import com.piquetickets.domain.order.PaymentView;
import com.piquetickets.query.Utc;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code "order"}. The amounts are in {@code currency} and stay null until the show priced the order (a
 * rejected order never is). {@code success} says the money arrived; {@code status} where the order is now.
 */
@Entity(name = "OrderEntity")
@Table(name = "\"order\"")
class OrderEntity extends InsertedRow {

    @Id
    private UUID id;
    @Column(name = "session_id")
    private String sessionId;
    @Column(name = "payment_intent_id")
    private String paymentIntentId;
    @Column(name = "charge_id")
    private String chargeId;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String email;
    @Column(name = "time_of_purchase")
    private Instant timeOfPurchase;
    private BigDecimal total;
    @Column(name = "payment_processing_fees")
    private BigDecimal paymentProcessingFees;
    @Column(name = "platform_fees")
    private BigDecimal platformFees;
    private boolean success;
    @Column(name = "promo_code_discount")
    private BigDecimal promoCodeDiscount;
    @Column(name = "show_id")
    private UUID showId;
    @Column(name = "promo_code_id")
    private UUID promoCodeId;
    /** An {@link OrderStatus} name. */
    private String status;
    /** A {@link PaymentMethod} name: the one asked for, then the one the show accepted, then the one that paid. */
    @Column(name = "payment_method")
    private String paymentMethod;
    private String currency;
    private BigDecimal subtotal;
    private BigDecimal refunded;
    @Column(name = "buyer_pays_fees")
    private boolean buyerPaysFees;
    @Column(name = "promo_code")
    private String promoCode;
    @Column(name = "checkout_url")
    private String checkoutUrl;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Override
    public UUID getId() {
        return id;
    }

    protected OrderEntity() {
        // for JPA
    }

    OrderEntity(UUID id, UUID showId, Buyer buyer, String promoCode, PaymentMethod requestedMethod, Instant at) {
        this.id = id;
        this.showId = showId;
        this.firstName = buyer.firstName();
        this.lastName = buyer.lastName();
        this.email = buyer.email();
        this.promoCode = promoCode;
        this.paymentMethod = requestedMethod == null ? null : requestedMethod.name();
        this.status = OrderStatus.PENDING_PAYMENT.name();
        this.refunded = BigDecimal.ZERO.setScale(Money.SCALE);
        this.createdAt = at;
        this.updatedAt = at;
    }

    UUID id() {
        return id;
    }

    UUID showId() {
        return showId;
    }

    /** The show held the seats at this price until {@code holdExpiresAt}. */
    void reserved(OrderPricing pricing, Instant holdExpiresAt, PaymentMethod method, UUID promoCodeId, Instant at) {
        this.currency = pricing.total().currency();
        this.subtotal = pricing.subtotal().amount();
        this.promoCodeDiscount = pricing.discount().amount();
        this.platformFees = pricing.platformFee().amount();
        this.paymentProcessingFees = pricing.processingFee().amount();
        this.total = pricing.total().amount();
        this.buyerPaysFees = pricing.buyerPaysFees();
        this.promoCode = pricing.promoCode();
        this.promoCodeId = promoCodeId;
        this.expiresAt = holdExpiresAt;
        if (method != null) {
            this.paymentMethod = method.name();
        }
        this.updatedAt = at;
    }

    void rejected(String reason, Instant at) {
        this.rejectionReason = reason;
        moveTo(OrderStatus.REJECTED, at);
    }

    void checkoutSession(String sessionId, String checkoutUrl, Instant at) {
        this.sessionId = sessionId;
        this.checkoutUrl = checkoutUrl;
        this.updatedAt = at;
    }

    /**
     * The money arrived. The status stays where it is (an expired order paid late stays EXPIRED until it is completed
     * or refunded); the time of purchase is that of the first confirmation.
     */
    void paid(PaymentMethod method, PaymentReference reference, Instant at) {
        if (method != null) {
            this.paymentMethod = method.name();
        }
        if (reference != null) {
            this.sessionId = reference.sessionId() == null ? sessionId : reference.sessionId();
            this.paymentIntentId = reference.paymentIntentId() == null ? paymentIntentId : reference.paymentIntentId();
            this.chargeId = reference.chargeId() == null ? chargeId : reference.chargeId();
        }
        if (!success) {
            this.success = true;
            this.timeOfPurchase = at;
        }
        if (OrderStatus.PENDING_PAYMENT.name().equals(status) || OrderStatus.EXPIRED.name().equals(status)) {
            this.status = OrderStatus.PAID.name();
        }
        this.updatedAt = at;
    }

    /** {@code totalRefunded} is the sum so far, so applying a refund again changes nothing. */
    void refunded(Money totalRefunded, boolean full, Instant at) {
        this.refunded = totalRefunded.amount();
        moveTo(full ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED, at);
    }

    void moveTo(OrderStatus next, Instant at) {
        this.status = next.name();
        this.updatedAt = at;
    }

    /** The totals in the order's currency; null while the order is not priced. */
    OrderTotals totals() {
        if (currency == null) {
            return null;
        }
        return new OrderTotals(money(subtotal), money(promoCodeDiscount), money(platformFees),
                money(paymentProcessingFees), money(total), money(refunded), buyerPaysFees);
    }

    OrderView toView(List<OrderLineView> lines, List<AttendeeView> attendees) {
        PaymentView payment = new PaymentView(paymentMethod == null ? null : PaymentMethod.valueOf(paymentMethod),
                sessionId, paymentIntentId, chargeId, checkoutUrl, success);
        return new OrderView(id, showId, OrderStatus.valueOf(status), firstName, lastName, email, promoCode, lines,
                totals(), payment, Utc.of(expiresAt), Utc.of(timeOfPurchase), rejectionReason, attendees,
                Utc.of(createdAt), Utc.of(updatedAt));
    }

    OrderSummary toSummary(int ticketCount) {
        return new OrderSummary(id, showId, OrderStatus.valueOf(status), firstName, lastName, email, money(total),
                ticketCount, Utc.of(timeOfPurchase), Utc.of(createdAt));
    }

    private Money money(BigDecimal amount) {
        return amount == null || currency == null ? null : new Money(amount, currency);
    }
}
