package com.piquetickets.api.catalogue;

import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.web.CreatedResource;
import com.piquetickets.api.web.PageResponse;
import com.piquetickets.domain.common.PageRequest;
import com.piquetickets.domain.producer.CreateProducerCommand;
import com.piquetickets.domain.producer.DeactivateProducerCommand;
import com.piquetickets.domain.producer.FindProducerQuery;
import com.piquetickets.domain.producer.FindProducersQuery;
import com.piquetickets.domain.producer.UpdateProducerCommand;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.producer.ProducerView;
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
@RequestMapping("/api/producers")
@Tag(name = "Producers")
class ProducerController {

    private static final String KIND = "producer";

    private final Commands commands;
    private final Queries queries;

    ProducerController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @Allow(AccessRule.STAFF)
    ResponseEntity<CreatedResource> create(@Valid @RequestBody ProducerRequest request) {
        ProducerId id = new ProducerId(UUID.randomUUID());
        commands.send(new CreateProducerCommand(id, request.details(), Slugs.requested(request.slug())));
        String slug = queries.optional(new FindProducerQuery(id.toString()), ProducerView.class).map(ProducerView::slug).orElse(null);
        return ResponseEntity.created(URI.create("/api/producers/" + id)).body(new CreatedResource(id.value(), slug));
    }

    @GetMapping
    @Allow(AccessRule.PUBLIC)
    PageResponse<ProducerView> list(@RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size,
                                 @RequestParam(defaultValue = "false") boolean includeInactive) {
        return PageResponse.of(queries.page(new FindProducersQuery(new PageRequest(page, size), includeInactive), ProducerView.class));
    }

    @GetMapping("/{idOrSlug}")
    @Allow(AccessRule.PUBLIC)
    ProducerView get(@PathVariable String idOrSlug) {
        return queries.one(new FindProducerQuery(idOrSlug), ProducerView.class, KIND, idOrSlug);
    }

    @PutMapping("/{id}")
    @Allow(AccessRule.PRODUCER_MEMBER)
    ProducerView update(@PathVariable UUID id, @Valid @RequestBody ProducerRequest request) {
        commands.send(new UpdateProducerCommand(new ProducerId(id), request.details(), Slugs.requested(request.slug())));
        return get(id.toString());
    }

    /** A state transition: the producer can no longer create or publish shows; existing shows stay. */
    @PostMapping("/{id}/deactivate")
    @Allow(AccessRule.STAFF)
    ProducerView deactivate(@PathVariable UUID id) {
        commands.send(new DeactivateProducerCommand(new ProducerId(id)));
        return get(id.toString());
    }
}
