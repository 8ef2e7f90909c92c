package com.piquetickets.query.show;

import com.piquetickets.domain.common.PageResult;
import com.piquetickets.domain.show.FindShowCurrencyQuery;
import com.piquetickets.domain.show.FindShowQuery;
import com.piquetickets.domain.show.FindShowsQuery;
import com.piquetickets.domain.show.PromoCodeView;
import com.piquetickets.domain.show.ShowPerformer;
import com.piquetickets.domain.show.ShowVenue;
import com.piquetickets.domain.show.ShowView;
import com.piquetickets.domain.show.ShowVisibility;
import com.piquetickets.domain.show.TicketPageDesign;
import com.piquetickets.domain.show.TicketTypeView;
import com.piquetickets.query.Lookups;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the show queries from the show tables, with venue and performers joined in from their projections' tables. */
@Component
class ShowQueryHandler {

    private final ShowRepository shows;
    private final TicketRepository tickets;
    private final PromoCodeRepository promoCodes;
    private final PageDesignRepository pageDesigns;
    private final ShowSummaries summaries;
    private final EntityManager entityManager;
    private final Clock clock;

    ShowQueryHandler(ShowRepository shows, TicketRepository tickets, PromoCodeRepository promoCodes,
                     PageDesignRepository pageDesigns, ShowSummaries summaries, EntityManager entityManager,
                     Clock clock) {
        this.shows = shows;
        this.tickets = tickets;
        this.promoCodes = promoCodes;
        this.pageDesigns = pageDesigns;
        this.summaries = summaries;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Declared with the raw {@link PageResult} type on purpose: Axon 4 matches a handler's return type against
     * {@code ResponseTypes.instanceOf(PageResult.class)} only when it is a plain class, never a parameterized type
     * (AxonFramework#1537), so callers ask with {@code instanceOf(PageResult.class)}.
     */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    PageResult handle(FindShowsQuery query) {
        return summaries.page(query.filter(), query.page(), clock.instant());
    }

    @QueryHandler
    Optional<ShowView> handle(FindShowQuery query) {
        ShowVisibility visibility = Audience.orPublic(query.visibility());
        return Lookups.byIdOrSlug(query.idOrSlug(), shows::findById, shows::findBySlug)
                .filter(show -> Audience.findable(visibility).contains(show.status()))
                .map(show -> view(show, visibility));
    }

    @QueryHandler
    Optional<String> handle(FindShowCurrencyQuery query) {
        return shows.findById(query.showId().value())
                .filter(show -> Audience.findable(ShowVisibility.PUBLIC).contains(show.status()))
                .map(ShowEntity::currency);
    }

    private ShowView view(ShowEntity show, ShowVisibility visibility) {
        UUID id = show.id();
        ZoneId zone = show.zone();
        List<TicketTypeView> ticketTypes = tickets.findByShowIdOrderByPositionAscIdAsc(id).stream()
                .map(TicketEntity::toView).toList();
        TicketPageDesign design = pageDesigns.findByShowId(id).map(PageDesignEntity::toDesign).orElse(null);
        List<PromoCodeView> codes = visibility == ShowVisibility.MANAGEMENT
                ? promoCodes.findByShowIdOrderByCodeAsc(id).stream().map(code -> code.toView(zone)).toList()
                : List.of();
        return show.toView(venue(show.venueId()), performers(id), ticketTypes, design, codes);
    }

    /** The venue from the venue projection's table; null when the show has none or the venue is not there (yet). */
    private ShowVenue venue(UUID venueId) {
        if (venueId == null) {
            return null;
        }
        return entityManager.createQuery("select new com.piquetickets.domain.show.ShowVenue("
                        + "v.id, v.slug, v.name, v.address, v.city, v.state, v.zipCode)"
                        + " from VenueEntity v where v.id = :id", ShowVenue.class)
                .setParameter("id", venueId)
                .getResultList().stream().findFirst().orElse(null);
    }

    /** The line-up in billing order; performers missing from the performer projection's table are left out. */
    private List<ShowPerformer> performers(UUID showId) {
        return entityManager.createQuery("select new com.piquetickets.domain.show.ShowPerformer("
                        + "p.id, p.slug, p.name, p.image)"
                        + " from ShowPerformerEntity sp join PerformerEntity p on p.id = sp.performerId"
                        + " where sp.showId = :showId order by sp.position", ShowPerformer.class)
                .setParameter("showId", showId)
                .getResultList();
    }
}
