package com.piquetickets.api.projections;

import com.piquetickets.api.security.Access;
import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.common.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event processors as staff operate them: progress of every processor (analysts may watch), rebuilding a
 * projection from the event store, and its dead letters (list, retry a sequence, discard a sequence).
 */
@RestController
@Tag(name = "Projections")
@EnableConfigurationProperties(ProjectionProperties.class)
class ProjectionAdminController {

    private final ProjectionMonitor monitor;
    private final ProjectionRebuilds rebuilds;
    private final DeadLetterOperations deadLetters;
    private final Access access;

    ProjectionAdminController(ProjectionMonitor monitor, ProjectionRebuilds rebuilds, DeadLetterOperations deadLetters,
                              Access access) {
        this.monitor = monitor;
        this.rebuilds = rebuilds;
        this.deadLetters = deadLetters;
        this.access = access;
    }

    @GetMapping("/api/admin/projections")
    @Allow(AccessRule.ANALYST)
    @Operation(summary = "Every event processor: position, head, lag, state, replay percent, events per second, "
            + "estimated end, dead letters")
    List<ProjectionStatus> list() {
        return monitor.statuses(rebuilds.rebuilds());
    }

    @PostMapping("/api/admin/projections/{name}/rebuild")
    @Allow(AccessRule.STAFF)
    @Operation(summary = "Rebuild a projection from the event store (202; watch it in GET /api/admin/projections)")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        requireProcessor(name);
        if (!"PROJECTION".equals(ProjectionMonitor.kind(name))) {
            throw new RuleViolationException("not-a-projection", "'" + name + "' acts on the world (a saga or a "
                    + "policy); only projections are rebuilt from the event store");
        }
        rebuilds.request(name, access.requireUser().email());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(status(name));
    }

    @GetMapping("/api/admin/projections/{name}/dead-letters")
    @Allow(AccessRule.STAFF)
    @Operation(summary = "A processor's dead letters by sequence: event type, aggregate, sequence, cause, first and "
            + "last failure")
    List<DeadLetterSequence> deadLetters(@PathVariable String name) {
        requireProcessor(name);
        return deadLetters.list(name);
    }

    @PostMapping("/api/admin/projections/{name}/dead-letters/{sequence}/retry")
    @Allow(AccessRule.STAFF)
    @Operation(summary = "Handle a dead-lettered sequence again; what fails again is parked again")
    Map<String, Object> retry(@PathVariable String name, @PathVariable String sequence) {
        requireProcessor(name);
        return Map.of("sequence", sequence, "resolved", deadLetters.retry(name, sequence));
    }

    @DeleteMapping("/api/admin/projections/{name}/dead-letters/{sequence}")
    @Allow(AccessRule.STAFF)
    @Operation(summary = "Discard a dead-lettered sequence (its events are not applied)")
    Map<String, Object> discard(@PathVariable String name, @PathVariable String sequence) {
        requireProcessor(name);
        return Map.of("sequence", sequence, "discarded", deadLetters.discard(name, sequence));
    }

    private void requireProcessor(String name) {
        if (!monitor.processors().containsKey(name)) {
            throw new NotFoundException("projection", name);
        }
    }

    private ProjectionStatus status(String name) {
        return monitor.statuses(rebuilds.rebuilds()).stream().filter(status -> status.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("projection", name));
    }
}
