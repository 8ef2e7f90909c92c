package com.piquetickets.api.catalogue;

import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.web.CreatedResource;
import com.piquetickets.api.web.PageResponse;
import com.piquetickets.domain.common.PageRequest;
import com.piquetickets.domain.venue.CreateVenueCommand;
import com.piquetickets.domain.venue.DeactivateVenueCommand;
import com.piquetickets.domain.venue.FindVenueQuery;
import com.piquetickets.domain.venue.FindVenuesQuery;
import com.piquetickets.domain.venue.UpdateVenueCommand;
import com.piquetickets.domain.venue.VenueId;
import com.piquetickets.domain.venue.VenueView;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/venues")
@Tag(name = "Venues")
class VenueController {

    private static final String KIND = "venue";

    private final Commands commands;
    private final Queries queries;

    VenueController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @Allow(AccessRule.STAFF)
    ResponseEntity<CreatedResource> create(@Valid @RequestBody VenueRequest request) {
        VenueId id = new VenueId(UUID.randomUUID());
        commands.send(new CreateVenueCommand(id, request.details(), Slugs.requested(request.slug())));
        String slug = queries.optional(new FindVenueQuery(id.toString()), VenueView.class).map(VenueView::slug).orElse(null);
        return ResponseEntity.created(URI.create("/api/venues/" + id)).body(new CreatedResource(id.value(), slug));
    }

    @GetMapping
    @Allow(AccessRule.PUBLIC)
    PageResponse<VenueView> list(@RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size,
                                 @RequestParam(defaultValue = "false") boolean includeInactive) {
        return PageResponse.of(queries.page(new FindVenuesQuery(new PageRequest(page, size), includeInactive), VenueView.class));
    }

    @GetMapping("/{idOrSlug}")
    @Allow(AccessRule.PUBLIC)
    VenueView get(@PathVariable String idOrSlug) {
        return queries.one(new FindVenueQuery(idOrSlug), VenueView.class, KIND, idOrSlug);
    }

    @PutMapping("/{id}")
    @Allow(AccessRule.STAFF)
    VenueView update(@PathVariable UUID id, @Valid @RequestBody VenueRequest request) {
        commands.send(new UpdateVenueCommand(new VenueId(id), request.details(), Slugs.requested(request.slug())));
        return get(id.toString());
    }

    /** A state transition: the venue takes no new shows; existing shows keep it. */
    @PostMapping("/{id}/deactivate")
    @Allow(AccessRule.STAFF)
    VenueView deactivate(@PathVariable UUID id) {
        commands.send(new DeactivateVenueCommand(new VenueId(id)));
        return get(id.toString());
    }
}
