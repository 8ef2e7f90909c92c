package com.piquetickets.api.catalogue;

import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.domain.featured.FindFeaturedShowsQuery;
import com.piquetickets.domain.featured.SetFeaturedShowsCommand;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.ShowSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/featured-shows")
@Tag(name = "Featured shows")
class FeaturedShowController {

    private final Commands commands;
    private final Queries queries;

    FeaturedShowController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Featured shows in their explicit order (only those currently published)")
    @Allow(AccessRule.PUBLIC)
    List<ShowSummary> list() {
        return queries.list(new FindFeaturedShowsQuery(), ShowSummary.class);
    }

    @PutMapping
    @Operation(summary = "Replace the featured shows with an ordered JSON array of show ids")
    @Allow(AccessRule.STAFF)
    List<ShowSummary> replace(@RequestBody @NotNull @Size(max = 50) List<@NotNull UUID> showIds) {
        commands.send(new SetFeaturedShowsCommand(showIds.stream().map(ShowId::new).toList()));
        return list();
    }
}
