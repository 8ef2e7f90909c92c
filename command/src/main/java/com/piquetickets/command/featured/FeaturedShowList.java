package com.piquetickets.command.featured;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.CatalogueRegistry;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.featured.FeaturedShows;
import com.piquetickets.domain.featured.FeaturedShowsSetEvent;
import com.piquetickets.domain.featured.SetFeaturedShowsCommand;
import com.piquetickets.domain.show.ShowId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** The platform's single, ordered list of featured shows ({@link FeaturedShows#LIST_ID}), created by its first setting. */
@Aggregate
class FeaturedShowList {

    static final int MAX_FEATURED = 50;

    @AggregateIdentifier
    private String listId;
    private List<ShowId> showIds = new ArrayList<>();

    FeaturedShowList() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetFeaturedShowsCommand command, CatalogueRegistry registry) {
        if (!FeaturedShows.LIST_ID.equals(command.listId())) {
            throw new InvalidInputException("listId", "there is one featured list, '" + FeaturedShows.LIST_ID + "'");
        }
        if (command.showIds().size() > MAX_FEATURED) {
            throw new InvalidInputException("showIds", "at most " + MAX_FEATURED + " shows can be featured");
        }
        Set<ShowId> seen = new HashSet<>();
        for (ShowId showId : command.showIds()) {
            if (!seen.add(showId)) {
                throw new InvalidInputException("showIds", "lists show " + showId + " more than once");
            }
            if (!registry.isActive(CatalogueKind.SHOW, showId.value())) {
                throw new NotFoundException("show", showId, "showIds");
            }
        }
        if (listId != null && command.showIds().equals(showIds)) {
            return;
        }
        apply(new FeaturedShowsSetEvent(FeaturedShows.LIST_ID, command.showIds()));
    }

    @EventSourcingHandler
    void on(FeaturedShowsSetEvent event) {
        listId = event.listId();
        showIds = new ArrayList<>(event.showIds());
    }
}
