package com.piquetickets.query.order;

import com.piquetickets.query.InsertedRow;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.OrderLineView;
import com.piquetickets.query.RowIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A row of {@code ticket_order}: the seats of one ticket type in an order, VIP seats on a row of their own. Its id
 * (and {@code uuid}, the same value) is derived from (order, ticket type, VIP), so the tickets can name it. The
 * per-ticket amounts are null until the order is priced.
 */
@Entity(name = "TicketOrderEntity")
@Table(name = "ticket_order")
class TicketOrderEntity extends InsertedRow {

    @Id
    private UUID id;
    private UUID uuid;
    @Column(name = "order_id")
    private UUID orderId;
    private int position;
    @Column(name = "ticket_id")
    private UUID ticketTypeId;
    @Column(name = "ticket_type_name")
    private String ticketTypeName;
    private int quantity;
    private String currency;
    @Column(name = "price_per_ticket")
    private BigDecimal pricePerTicket;
    @Column(name = "donation_amount")
    private BigDecimal donationAmount;
    @Column(name = "discount_amount")
    private BigDecimal discountAmount;
    @Column(name = "total_price")
    private BigDecimal totalPrice;
    @Column(name = "promo_code")
    private String promoCode;
    @Column(name = "is_vip")
    private boolean vip;

    @Override
    public UUID getId() {
        return id;
    }

    protected TicketOrderEntity() {
        // for JPA
    }

    TicketOrderEntity(UUID orderId, UUID ticketTypeId, boolean vip, int position) {
        this.id = RowIds.ticketOrder(orderId, ticketTypeId, vip);
        this.uuid = id;
        this.orderId = orderId;
        this.ticketTypeId = ticketTypeId;
        this.vip = vip;
        this.position = position;
    }

    UUID id() {
        return id;
    }

    /**
     * As the buyer asked: more seats of this ticket type (requested lines of the same type and VIP-ness add up), and
     * the donation per ticket offered for a donation-based type.
     */
    void requested(int quantity, Money donationPerTicket) {
        this.quantity += quantity;
        if (donationPerTicket != null) {
            this.currency = donationPerTicket.currency();
            this.donationAmount = donationPerTicket.amount();
        }
    }

    /** As the show priced it; the promo code is named on the lines it took money off. */
    void priced(int position, PricedLine line, String promoCode) {
        this.position = position;
        this.ticketTypeName = line.ticketTypeName();
        this.quantity = line.quantity();
        this.currency = line.total().currency();
        this.pricePerTicket = line.pricePerTicket().amount();
        this.donationAmount = line.donationPerTicket().amount();
        this.discountAmount = line.discountPerTicket().amount();
        this.totalPrice = line.total().amount();
        this.promoCode = line.discountPerTicket().signum() > 0 ? promoCode : null;
    }

    OrderLineView toView() {
        return new OrderLineView(id, ticketTypeId, ticketTypeName, quantity, money(pricePerTicket),
                money(donationAmount), money(discountAmount), money(totalPrice), promoCode, vip);
    }

    private Money money(BigDecimal amount) {
        return amount == null || currency == null ? null : new Money(amount, currency);
    }
}
