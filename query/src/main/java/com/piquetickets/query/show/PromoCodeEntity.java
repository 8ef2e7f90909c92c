package com.piquetickets.query.show;

import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.PromoCodeView;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.query.RowIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A row of {@code ticket_promo_code}. The events name a promo code by its code, unique per show ignoring case, so the
 * id is derived from (show, code in lower case): the same code always lands on the same row, in a replay too.
 */
@Entity(name = "PromoCodeEntity")
@Table(name = "ticket_promo_code")
class PromoCodeEntity {

    @Id
    private UUID id;
    @Column(name = "show_id")
    private UUID showId;
    private String code;
    /** A {@link DiscountKind} name. */
    private String kind;
    private BigDecimal discount;
    @Column(name = "max_uses")
    private Integer maxUses;
    private int uses;
    @Column(name = "valid_from")
    private Instant validFrom;
    @Column(name = "valid_until")
    private Instant validUntil;
    /** The ticket types the code applies to, as sorted comma-separated UUIDs; null for all of them. */
    @Column(name = "ticket_type_ids")
    private String ticketTypeIds;
    @Column(name = "created_at")
    private Instant createdAt;

    protected PromoCodeEntity() {
        // for JPA
    }

    PromoCodeEntity(UUID showId, String code, Instant at) {
        this.id = idFor(showId, code);
        this.showId = showId;
        this.createdAt = at;
    }

    static UUID idFor(UUID showId, String code) {
        return RowIds.promoCode(showId, code);
    }

    void describe(PromoCodeSpec spec) {
        this.code = spec.code();
        this.kind = spec.kind().name();
        this.discount = spec.value().setScale(2, RoundingMode.HALF_EVEN);
        this.maxUses = spec.maxUses();
        this.validFrom = spec.validFrom();
        this.validUntil = spec.validUntil();
        this.ticketTypeIds = joinIds(spec.ticketTypeIds());
    }

    /** Sorted, so that the column does not depend on the iteration order of a set. */
    static String joinIds(Set<TicketTypeId> ids) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        return ids.stream().map(TicketTypeId::toString).sorted().collect(Collectors.joining(","));
    }

    static List<UUID> splitIds(String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        return Arrays.stream(ids.split(",")).map(String::trim).map(UUID::fromString).toList();
    }

    UUID id() {
        return id;
    }

    /** How many orders hold or bought seats with this code (derived from the seat holds). */
    void uses(int uses) {
        this.uses = uses;
    }

    PromoCodeView toView(ZoneId zone) {
        return new PromoCodeView(code, DiscountKind.valueOf(kind), discount, maxUses, uses,
                ShowTimes.inZone(validFrom, zone), ShowTimes.inZone(validUntil, zone), splitIds(ticketTypeIds));
    }
}
