package com.piquetickets.query.show;

import com.piquetickets.domain.performer.PerformerId;
import com.piquetickets.domain.show.PromoCodeAddedEvent;
import com.piquetickets.domain.show.PromoCodeRemovedEvent;
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
import com.piquetickets.query.ProcessingGroups;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
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
 */
@Component
@ProcessingGroup(ProcessingGroups.SHOW_CATALOGUE)
class ShowProjection {

    private static final Logger log = LoggerFactory.getLogger(ShowProjection.class);

    private final ShowRepository shows;
    private final TicketRepository tickets;
    private final PromoCodeRepository promoCodes;
    private final PageDesignRepository pageDesigns;
    private final ShowPerformerRepository lineUps;

    ShowProjection(ShowRepository shows, TicketRepository tickets, PromoCodeRepository promoCodes,
                   PageDesignRepository pageDesigns, ShowPerformerRepository lineUps) {
        this.shows = shows;
        this.tickets = tickets;
        this.promoCodes = promoCodes;
        this.pageDesigns = pageDesigns;
        this.lineUps = lineUps;
    }

    @EventHandler
    void on(ShowDraftCreatedEvent event, @Timestamp Instant at, @MetaDataValue(Authors.USER_ID) Object userId) {
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
    void on(TicketTypeAddedEvent event, @Timestamp Instant at, @MetaDataValue(Authors.USER_ID) Object userId) {
        upsertTicket(event.showId().value(), event.ticketTypeId().value(), event.spec(), at, userId);
    }

    /** Like an addition when the ticket type is missing (an earlier event skipped), so the row ends up right. */
    @EventHandler
    void on(TicketTypeChangedEvent event, @Timestamp Instant at, @MetaDataValue(Authors.USER_ID) Object userId) {
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

    @ResetHandler
    void reset() {
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

    private void upsertTicket(UUID showId, UUID ticketTypeId, TicketTypeSpec spec,
                              Instant at, Object userId) {
        change(showId, show -> {
            TicketEntity ticket = tickets.findById(ticketTypeId).orElseGet(() -> new TicketEntity(ticketTypeId, showId,
                    tickets.nextPosition(showId), Authors.authorId(userId), at));
            ticket.describe(spec, at);
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
