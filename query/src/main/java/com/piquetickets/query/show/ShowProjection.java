package com.piquetickets.query.show;

import com.piquetickets.domain.common.MetaDataKeys;
import com.piquetickets.domain.performer.PerformerId;
import com.piquetickets.domain.show.OfflinePaymentSetEvent;
import com.piquetickets.domain.show.PromoCodeAddedEvent;
import com.piquetickets.domain.show.PromoCodeRemovedEvent;
import com.piquetickets.domain.show.ReservationConfirmedEvent;
import com.piquetickets.domain.show.ReservationReleasedEvent;
import com.piquetickets.domain.show.ReservedSeats;
import com.piquetickets.domain.show.ShowCancelledEvent;
import com.piquetickets.domain.show.ShowDeletedEvent;
import com.piquetickets.domain.show.ShowDetailsUpdatedEvent;
import com.piquetickets.domain.show.ShowDraftCreatedEvent;
import com.piquetickets.domain.show.ShowPerformersSetEvent;
import com.piquetickets.domain.show.ShowPublishedEvent;
import com.piquetickets.domain.show.ShowSlugChangedEvent;
import com.piquetickets.domain.show.ShowUnpublishedEvent;
import com.piquetickets.domain.show.TicketPageDesignSetEvent;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketTypeChangedEvent;
import com.piquetickets.domain.show.TicketTypeRemovedEvent;
import com.piquetickets.domain.show.TicketTypeSpec;
import com.piquetickets.domain.show.TicketsReservedEvent;
import com.piquetickets.domain.show.TicketsReturnedEvent;
import com.piquetickets.query.ProcessingGroups;
import com.piquetickets.query.RowIds;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds {@code show} and the tables that hang off it ({@code ticket}, {@code ticket_promo_code},
 * {@code ticket_page_design}, {@code show_performer}) from the show events. Every handler can be applied again with
 * the same result: rows are upserted by id, collections replaced as a whole, and times are the events' own.
 * <p>
 * Availability ({@code ticket.held}, {@code ticket.sold}, {@code ticket_promo_code.uses}) is not added to but derived:
 * the seat events move per-order rows of {@code ticket_hold} forward ({@link HoldState}), and the counters of the
 * ticket types and promo codes concerned are then recounted from those rows.
 */
@Component
@ProcessingGroup(ProcessingGroups.SHOW_CATALOGUE)
class ShowProjection {

    private static final String RECOUNT = ShowProjection.class.getName() + ".recount";
    private static final Logger log = LoggerFactory.getLogger(ShowProjection.class);

    private final ShowRepository shows;
    private final TicketRepository tickets;
    private final PromoCodeRepository promoCodes;
    private final PageDesignRepository pageDesigns;
    private final ShowPerformerRepository lineUps;
    private final TicketHoldRepository holds;

    ShowProjection(ShowRepository shows, TicketRepository tickets, PromoCodeRepository promoCodes,
                   PageDesignRepository pageDesigns, ShowPerformerRepository lineUps, TicketHoldRepository holds) {
        this.shows = shows;
        this.tickets = tickets;
        this.promoCodes = promoCodes;
        this.pageDesigns = pageDesigns;
        this.lineUps = lineUps;
        this.holds = holds;
    }

    @EventHandler
    void on(ShowDraftCreatedEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.USER_ID) Object userId) {
        UUID id = event.showId().value();
        ShowEntity show = shows.findById(id).orElseGet(() -> new ShowEntity(id));
        show.draftCreated(event.producerId().value(), event.slug().value(), event.details(), event.currency(),
                Authors.authorId(userId), at);
        shows.save(show);
    }

    @EventHandler
    void on(ShowDetailsUpdatedEvent event, @Timestamp Instant at) {
        change(event.showId().value(), show -> show.describe(event.details(), at));
    }

    @EventHandler
    void on(ShowSlugChangedEvent event, @Timestamp Instant at) {
        change(event.showId().value(), show -> show.slug(event.slug().value(), at));
    }

    @EventHandler
    void on(ShowPublishedEvent event, @Timestamp Instant at) {
        change(event.showId().value(), show -> show.publish(at));
    }

    @EventHandler
    void on(ShowUnpublishedEvent event, @Timestamp Instant at) {
        change(event.showId().value(), show -> show.unpublish(at));
    }

    @EventHandler
    void on(ShowCancelledEvent event, @Timestamp Instant at) {
        change(event.showId().value(), show -> show.cancel(event.reason(), at));
    }

    @EventHandler
    void on(ShowDeletedEvent event, @Timestamp Instant at) {
        change(event.showId().value(), show -> show.delete(at));
    }

    @EventHandler
    void on(TicketTypeAddedEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.USER_ID) Object userId) {
        upsertTicket(event.showId().value(), event.ticketTypeId().value(), event.spec(), at, userId);
    }

    /** Like an addition when the ticket type is missing (an earlier event skipped), so the row ends up right. */
    @EventHandler
    void on(TicketTypeChangedEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.USER_ID) Object userId) {
        upsertTicket(event.showId().value(), event.ticketTypeId().value(), event.spec(), at, userId);
    }

    @EventHandler
    void on(TicketTypeRemovedEvent event, @Timestamp Instant at) {
        change(event.showId().value(), show -> {
            tickets.findById(event.ticketTypeId().value()).ifPresent(tickets::delete);
            show.touched(at);
        });
    }

    @EventHandler
    void on(PromoCodeAddedEvent event, @Timestamp Instant at) {
        UUID showId = event.showId().value();
        change(showId, show -> {
            String code = event.spec().code();
            PromoCodeEntity promoCode = promoCodes.findById(PromoCodeEntity.idFor(showId, code))
                    .orElseGet(() -> new PromoCodeEntity(showId, code, at));
            promoCode.describe(event.spec());
            promoCode.uses(Math.toIntExact(holds.promoCodeUses(promoCode.id())));
            promoCodes.save(promoCode);
            show.touched(at);
        });
    }

    @EventHandler
    void on(PromoCodeRemovedEvent event, @Timestamp Instant at) {
        UUID showId = event.showId().value();
        change(showId, show -> {
            promoCodes.findById(PromoCodeEntity.idFor(showId, event.code())).ifPresent(promoCodes::delete);
            show.touched(at);
        });
    }

    @EventHandler
    void on(TicketPageDesignSetEvent event, @Timestamp Instant at) {
        UUID showId = event.showId().value();
        change(showId, show -> {
            PageDesignEntity design = pageDesigns.findByShowId(showId).orElseGet(() -> new PageDesignEntity(showId));
            design.design(event.design(), at);
            pageDesigns.save(design);
            show.touched(at);
        });
    }

    /**
     * Replaces the line-up: rows of performers still on it get their new billing position, the others go, new ones
     * come. Updating rather than deleting and re-inserting keeps Hibernate's flush order (inserts before deletes)
     * from tripping over the primary key.
     */
    @EventHandler
    void on(ShowPerformersSetEvent event, @Timestamp Instant at) {
        UUID showId = event.showId().value();
        change(showId, show -> {
            List<UUID> lineUp = inBillingOrder(event.performerIds());
            Map<UUID, ShowPerformerEntity> current = lineUps.findByShowId(showId).stream()
                    .collect(Collectors.toMap(ShowPerformerEntity::performerId, Function.identity()));
            for (int position = 0; position < lineUp.size(); position++) {
                UUID performerId = lineUp.get(position);
                ShowPerformerEntity row = current.remove(performerId);
                if (row == null) {
                    lineUps.save(new ShowPerformerEntity(showId, performerId, position));
                } else {
                    row.position(position);
                    lineUps.save(row);
                }
            }
            lineUps.deleteAll(current.values());
            show.touched(at);
        });
    }

    @EventHandler
    void on(OfflinePaymentSetEvent event, @Timestamp Instant at) {
        change(event.showId().value(), show -> show.offlinePayment(event.enabled(), at));
    }

    // ------------------------------------------------------------------------------------------------ seat holds

    /** Seats are held for an order: a HELD row per ticket type, with the promo code the order used. */
    @EventHandler
    void on(TicketsReservedEvent event, @Timestamp Instant at) {
        UUID showId = event.showId().value();
        UUID orderId = event.orderId().value();
        String code = event.pricing().promoCode();
        UUID promoCodeId = code == null || code.isBlank() ? null : RowIds.promoCode(showId, code);
        change(showId, show -> {
            Map<UUID, Integer> seats = seatsPerTicketType(event.pricing().lines().stream()
                    .map(line -> new ReservedSeats(line.ticketTypeId(), line.quantity())).toList());
            seats.forEach((ticketTypeId, quantity) -> {
                if (!holds.existsById(RowIds.ticketHold(orderId, ticketTypeId))) {
                    holds.save(new TicketHoldEntity(showId, orderId, ticketTypeId, quantity, HoldState.HELD,
                            promoCodeId, at));
                }
            });
            recount(seats.keySet(), promoCodeId == null ? Set.of() : Set.of(promoCodeId));
        });
    }

    /** The seats are sold: held ones, or released ones a late payment took again ({@code reinstated}). */
    @EventHandler
    void on(ReservationConfirmedEvent event, @Timestamp Instant at) {
        moveHolds(event.showId().value(), event.orderId().value(), event.seats(), HoldState.SOLD, at);
    }

    @EventHandler
    void on(ReservationReleasedEvent event, @Timestamp Instant at) {
        moveHolds(event.showId().value(), event.orderId().value(), event.seats(), HoldState.RELEASED, at);
    }

    @EventHandler
    void on(TicketsReturnedEvent event, @Timestamp Instant at) {
        moveHolds(event.showId().value(), event.orderId().value(), event.seats(), HoldState.RETURNED, at);
    }

    @ResetHandler
    void reset() {
        holds.deleteAllInBatch();
        lineUps.deleteAllInBatch();
        pageDesigns.deleteAllInBatch();
        promoCodes.deleteAllInBatch();
        tickets.deleteAllInBatch();
        shows.deleteAllInBatch();
    }

    /** The performer ids in billing order, each once (the first mention counts). */
    static List<UUID> inBillingOrder(List<PerformerId> performerIds) {
        if (performerIds == null) {
            return List.of();
        }
        return List.copyOf(performerIds.stream().map(PerformerId::value)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Seats per ticket type, in first-mention order; lines of the same type (VIP or not) are added up. */
    static Map<UUID, Integer> seatsPerTicketType(List<ReservedSeats> seats) {
        Map<UUID, Integer> perType = new LinkedHashMap<>();
        if (seats != null) {
            seats.stream().filter(Objects::nonNull)
                    .forEach(s -> perType.merge(s.ticketTypeId().value(), s.quantity(), Integer::sum));
        }
        return perType;
    }

    /**
     * Moves the order's holds of the listed ticket types (all of them when the event lists none) forward to
     * {@code next}, then recounts. A confirmation takes the event's quantities; a listed type the order had no hold
     * of gets one, with the order's promo code.
     */
    private void moveHolds(UUID showId, UUID orderId, List<ReservedSeats> seats, HoldState next, Instant at) {
        change(showId, show -> {
            Map<UUID, TicketHoldEntity> rows = holds.findByOrderId(orderId).stream()
                    .collect(Collectors.toMap(TicketHoldEntity::ticketTypeId, Function.identity()));
            Map<UUID, Integer> listed = seatsPerTicketType(seats);
            if (listed.isEmpty()) {
                rows.values().forEach(row -> listed.put(row.ticketTypeId(), row.quantity()));
            }
            UUID promoCodeId = rows.values().stream().map(TicketHoldEntity::promoCodeId).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            listed.forEach((ticketTypeId, quantity) -> {
                TicketHoldEntity row = rows.get(ticketTypeId);
                if (row == null) {
                    holds.save(new TicketHoldEntity(showId, orderId, ticketTypeId, quantity, next, promoCodeId, at));
                } else if (row.moveTo(next, next == HoldState.SOLD ? quantity : row.quantity(), at)) {
                    holds.save(row);
                }
            });
            recount(listed.keySet(), promoCodeId == null ? Set.of() : Set.of(promoCodeId));
        });
    }

    /**
     * Derives held and sold of these ticket types and the uses of these promo codes from the seat holds: once per batch
     * of events, just before it commits (an on-sale's batch holds many events of the same few ticket types).
     */
    private void recount(Collection<UUID> ticketTypeIds, Collection<UUID> promoCodeIds) {
        if (!CurrentUnitOfWork.isStarted()) {
            recountNow(ticketTypeIds, promoCodeIds);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Recount pending = batch.getOrComputeResource(RECOUNT, key -> {
            Recount recount = new Recount(new LinkedHashSet<>(), new LinkedHashSet<>());
            batch.onPrepareCommit(unitOfWork -> recountNow(recount.ticketTypeIds(), recount.promoCodeIds()));
            return recount;
        });
        pending.ticketTypeIds().addAll(ticketTypeIds);
        pending.promoCodeIds().addAll(promoCodeIds);
    }

    private record Recount(Set<UUID> ticketTypeIds, Set<UUID> promoCodeIds) {
    }

    private void recountNow(Collection<UUID> ticketTypeIds, Collection<UUID> promoCodeIds) {
        holds.flush();
        ticketTypeIds.forEach(ticketTypeId -> tickets.findById(ticketTypeId).ifPresent(ticket -> {
            recount(ticket);
            tickets.save(ticket);
        }));
        promoCodeIds.forEach(promoCodeId -> promoCodes.findById(promoCodeId).ifPresent(code -> {
            code.uses(Math.toIntExact(holds.promoCodeUses(promoCodeId)));
            promoCodes.save(code);
        }));
    }

    private void recount(TicketEntity ticket) {
        ticket.counts(Math.toIntExact(holds.seats(ticket.id(), HoldState.HELD.name())),
                Math.toIntExact(holds.seats(ticket.id(), HoldState.SOLD.name())));
    }

    private void upsertTicket(UUID showId, UUID ticketTypeId, TicketTypeSpec spec,
                              Instant at, Object userId) {
        change(showId, show -> {
            TicketEntity ticket = tickets.findById(ticketTypeId).orElseGet(() -> new TicketEntity(ticketTypeId, showId,
                    tickets.nextPosition(showId), Authors.authorId(userId), at));
            ticket.describe(spec, at);
            recount(ticket);
            tickets.save(ticket);
            show.touched(at);
        });
    }

    /** Applies a change to a show and saves it; events of a show that is not in the read model are skipped. */
    private void change(UUID showId, Consumer<ShowEntity> change) {
        shows.findById(showId).ifPresentOrElse(show -> {
            change.accept(show);
            shows.save(show);
        }, () -> log.warn("show {} is not in the read model; event skipped", showId));
    }
}
