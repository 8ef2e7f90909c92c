package com.piquetickets.api.catalogue;

import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.web.CreatedResource;
import com.piquetickets.api.web.PageResponse;
import com.piquetickets.domain.common.PageRequest;
import com.piquetickets.domain.performer.CreatePerformerCommand;
import com.piquetickets.domain.performer.FindPerformerQuery;
import com.piquetickets.domain.performer.FindPerformersQuery;
import com.piquetickets.domain.performer.UpdatePerformerCommand;
import com.piquetickets.domain.performer.PerformerId;
import com.piquetickets.domain.performer.PerformerView;
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
@RequestMapping("/api/performers")
@Tag(name = "Performers")
class PerformerController {

    private static final String KIND = "performer";

    private final Commands commands;
    private final Queries queries;

    PerformerController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @Allow(AccessRule.STAFF)
    ResponseEntity<CreatedResource> create(@Valid @RequestBody PerformerRequest request) {
        PerformerId id = new PerformerId(UUID.randomUUID());
        commands.send(new CreatePerformerCommand(id, request.details(), Slugs.requested(request.slug())));
        String slug = queries.optional(new FindPerformerQuery(id.toString()), PerformerView.class).map(PerformerView::slug).orElse(null);
        return ResponseEntity.created(URI.create("/api/performers/" + id)).body(new CreatedResource(id.value(), slug));
    }

    @GetMapping
    @Allow(AccessRule.PUBLIC)
    PageResponse<PerformerView> list(@RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(queries.page(new FindPerformersQuery(new PageRequest(page, size)), PerformerView.class));
    }

    @GetMapping("/{idOrSlug}")
    @Allow(AccessRule.PUBLIC)
    PerformerView get(@PathVariable String idOrSlug) {
        return queries.one(new FindPerformerQuery(idOrSlug), PerformerView.class, KIND, idOrSlug);
    }

    @PutMapping("/{id}")
    @Allow(AccessRule.STAFF)
    PerformerView update(@PathVariable UUID id, @Valid @RequestBody PerformerRequest request) {
        commands.send(new UpdatePerformerCommand(new PerformerId(id), request.details(), Slugs.requested(request.slug())));
        return get(id.toString());
    }
}
