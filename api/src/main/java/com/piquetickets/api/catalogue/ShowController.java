package com.piquetickets.api.catalogue;

import com.piquetickets.api.security.Access;
import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.web.CreatedResource;
import com.piquetickets.api.web.PageResponse;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.common.PageRequest;
import com.piquetickets.domain.performer.PerformerId;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.show.AddPromoCodeCommand;
import com.piquetickets.domain.show.AddTicketTypeCommand;
import com.piquetickets.domain.show.CancelShowCommand;
import com.piquetickets.domain.show.ChangeTicketTypeCommand;
import com.piquetickets.domain.show.CreateShowCommand;
import com.piquetickets.domain.show.DeleteShowCommand;
import com.piquetickets.domain.show.FindShowQuery;
import com.piquetickets.domain.show.FindShowsQuery;
import com.piquetickets.domain.show.PromoCodeView;
import com.piquetickets.domain.show.PublishShowCommand;
import com.piquetickets.domain.show.RemovePromoCodeCommand;
import com.piquetickets.domain.show.RemoveTicketTypeCommand;
import com.piquetickets.domain.show.SetOfflinePaymentCommand;
import com.piquetickets.domain.show.SetShowPerformersCommand;
import com.piquetickets.domain.show.SetTicketPageDesignCommand;
import com.piquetickets.domain.show.ShowFilter;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.ShowSummary;
import com.piquetickets.domain.show.ShowView;
import com.piquetickets.domain.show.ShowVisibility;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketTypeView;
import com.piquetickets.domain.show.UnpublishShowCommand;
import com.piquetickets.domain.show.UpdateShowDetailsCommand;
import com.piquetickets.domain.venue.VenueId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows and what they sell. Public reads see published (and, by id or slug, cancelled) shows; the management routes
 * under {@code /api/producers/{producerId}/shows} also see drafts. Writes answer with the show as management sees it.
 */
@RestController
@Tag(name = "Shows")
class ShowController {

    private static final String KIND = "show";

    private final Commands commands;
    private final Queries queries;
    private final Access access;

    ShowController(Commands commands, Queries queries, Access access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    @PostMapping("/api/shows")
    @Operation(summary = "Create a show as an unpublished draft")
    @Allow(AccessRule.SIGNED_IN)
    ResponseEntity<CreatedResource> create(@Valid @RequestBody ShowRequest request) {
        access.requireProducerMember(request.producerId());
        ShowId id = new ShowId(UUID.randomUUID());
        commands.send(new CreateShowCommand(id, new ProducerId(request.producerId()), request.details(),
                request.currencyOrDefault(), Slugs.requested(request.slug())));
        String slug = managed(id).slug();
        return ResponseEntity.created(URI.create("/api/shows/" + id)).body(new CreatedResource(id.value(), slug));
    }

    @GetMapping("/api/shows")
    @Operation(summary = "List published shows, sorted by start time")
    @Allow(AccessRule.PUBLIC)
    PageResponse<ShowSummary> list(@RequestParam(defaultValue = "false") boolean upcoming,
                                   @RequestParam(required = false) UUID venue,
                                   @RequestParam(required = false) UUID producer,
                                   @RequestParam(required = false) UUID performer,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                   OffsetDateTime from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                   OffsetDateTime to,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("from", "must not be after 'to'");
        }
        ShowFilter filter = new ShowFilter(upcoming, venue == null ? null : new VenueId(venue),
                producer == null ? null : new ProducerId(producer), performer == null ? null : new PerformerId(performer),
                Times.instant(from), Times.instant(to), ShowVisibility.PUBLIC);
        return PageResponse.of(queries.page(new FindShowsQuery(filter, new PageRequest(page, size)), ShowSummary.class));
    }

    @GetMapping("/api/shows/{idOrSlug}")
    @Operation(summary = "A published or cancelled show by id or slug, with ticket types and live remaining counts")
    @Allow(AccessRule.PUBLIC)
    ShowView get(@PathVariable String idOrSlug) {
        return queries.one(new FindShowQuery(idOrSlug, ShowVisibility.PUBLIC), ShowView.class, KIND, idOrSlug);
    }

    @GetMapping("/api/producers/{producerId}/shows")
    @Operation(summary = "All shows of a producer, drafts included")
    @Allow(value = AccessRule.PRODUCER_MEMBER, pathVariable = "producerId")
    PageResponse<ShowSummary> listForProducer(@PathVariable UUID producerId,
                                              @RequestParam(defaultValue = "0") int page,
                                              @RequestParam(defaultValue = "20") int size) {
        ShowFilter filter = new ShowFilter(false, null, new ProducerId(producerId), null, null, null,
                ShowVisibility.MANAGEMENT);
        return PageResponse.of(queries.page(new FindShowsQuery(filter, new PageRequest(page, size)), ShowSummary.class));
    }

    @GetMapping("/api/producers/{producerId}/shows/{showId}")
    @Operation(summary = "One show of a producer as management sees it (drafts, promo codes)")
    @Allow(value = AccessRule.PRODUCER_MEMBER, pathVariable = "producerId")
    ShowView getForProducer(@PathVariable UUID producerId, @PathVariable UUID showId) {
        ShowView show = managed(new ShowId(showId));
        if (!Objects.equals(show.producerId(), producerId)) {
            throw new NotFoundException(KIND, showId);
        }
        return show;
    }

    @PutMapping("/api/shows/{id}")
    @Allow(AccessRule.SHOW_MANAGER)
    ShowView update(@PathVariable UUID id, @Valid @RequestBody ShowDetailsRequest request) {
        return send(id, new UpdateShowDetailsCommand(new ShowId(id), request.details(), Slugs.requested(request.slug())));
    }

    @DeleteMapping("/api/shows/{id}")
    @Operation(summary = "Soft-delete a show that has sold nothing (otherwise cancel it)")
    @Allow(AccessRule.SHOW_MANAGER)
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        commands.send(new DeleteShowCommand(new ShowId(id)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/shows/{id}/ticket-types")
    @Allow(AccessRule.SHOW_MANAGER)
    ResponseEntity<TicketTypeView> addTicketType(@PathVariable UUID id, @Valid @RequestBody TicketTypeRequest request) {
        TicketTypeId ticketTypeId = new TicketTypeId(UUID.randomUUID());
        ShowView show = send(id, new AddTicketTypeCommand(new ShowId(id), ticketTypeId, request.spec(currencyOf(id))));
        return ResponseEntity.created(URI.create("/api/shows/" + id + "/ticket-types/" + ticketTypeId))
                .body(ticketType(show, ticketTypeId));
    }

    @PutMapping("/api/shows/{id}/ticket-types/{ticketTypeId}")
    @Allow(AccessRule.SHOW_MANAGER)
    TicketTypeView changeTicketType(@PathVariable UUID id, @PathVariable UUID ticketTypeId,
                                    @Valid @RequestBody TicketTypeRequest request) {
        TicketTypeId typeId = new TicketTypeId(ticketTypeId);
        return ticketType(send(id, new ChangeTicketTypeCommand(new ShowId(id), typeId, request.spec(currencyOf(id)))), typeId);
    }

    @DeleteMapping("/api/shows/{id}/ticket-types/{ticketTypeId}")
    @Allow(AccessRule.SHOW_MANAGER)
    ResponseEntity<Void> removeTicketType(@PathVariable UUID id, @PathVariable UUID ticketTypeId) {
        commands.send(new RemoveTicketTypeCommand(new ShowId(id), new TicketTypeId(ticketTypeId)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/shows/{id}/promo-codes")
    @Allow(AccessRule.SHOW_MANAGER)
    ResponseEntity<PromoCodeView> addPromoCode(@PathVariable UUID id, @Valid @RequestBody PromoCodeRequest request) {
        ShowView show = send(id, new AddPromoCodeCommand(new ShowId(id), request.spec()));
        PromoCodeView code = show.promoCodes().stream()
                .filter(p -> p.code().equalsIgnoreCase(request.code()))
                .findFirst().orElse(null);
        return ResponseEntity.created(URI.create("/api/shows/" + id + "/promo-codes/" + request.code())).body(code);
    }

    @DeleteMapping("/api/shows/{id}/promo-codes/{code}")
    @Allow(AccessRule.SHOW_MANAGER)
    ResponseEntity<Void> removePromoCode(@PathVariable UUID id, @PathVariable String code) {
        commands.send(new RemovePromoCodeCommand(new ShowId(id), code));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/shows/{id}/page-design")
    @Allow(AccessRule.SHOW_MANAGER)
    ShowView setPageDesign(@PathVariable UUID id, @Valid @RequestBody PageDesignRequest request) {
        return send(id, new SetTicketPageDesignCommand(new ShowId(id), request.design()));
    }

    @PutMapping("/api/shows/{id}/performers")
    @Operation(summary = "Set the line-up: an ordered JSON array of performer ids")
    @Allow(AccessRule.SHOW_MANAGER)
    ShowView setPerformers(@PathVariable UUID id, @RequestBody @NotNull @Size(max = 100) List<@NotNull UUID> performerIds) {
        return send(id, new SetShowPerformersCommand(new ShowId(id), performerIds.stream().map(PerformerId::new).toList()));
    }

    @PutMapping("/api/shows/{id}/payment-options")
    @Operation(summary = "Whether buyers may pay offline (at the door or by invoice; the producer confirms each payment)")
    @Allow(AccessRule.SHOW_MANAGER)
    ShowView setPaymentOptions(@PathVariable UUID id, @Valid @RequestBody PaymentOptionsRequest request) {
        return send(id, new SetOfflinePaymentCommand(new ShowId(id), request.offlinePaymentEnabled()));
    }

    record PaymentOptionsRequest(@NotNull Boolean offlinePaymentEnabled) {
    }

    @PostMapping("/api/shows/{id}/publish")
    @Allow(AccessRule.SHOW_PUBLISHER)
    ShowView publish(@PathVariable UUID id) {
        return send(id, new PublishShowCommand(new ShowId(id)));
    }

    @PostMapping("/api/shows/{id}/unpublish")
    @Allow(AccessRule.SHOW_MANAGER)
    ShowView unpublish(@PathVariable UUID id) {
        return send(id, new UnpublishShowCommand(new ShowId(id)));
    }

    @PostMapping("/api/shows/{id}/cancel")
    @Allow(AccessRule.SHOW_MANAGER)
    ShowView cancel(@PathVariable UUID id, @Valid @RequestBody CancelRequest request) {
        return send(id, new CancelShowCommand(new ShowId(id), request.reason()));
    }

    private ShowView send(UUID id, Object command) {
        commands.send(command);
        return managed(new ShowId(id));
    }

    private ShowView managed(ShowId id) {
        return queries.one(new FindShowQuery(id.toString(), ShowVisibility.MANAGEMENT), ShowView.class, KIND, id);
    }

    /** Ticket prices are in the show's currency, which the client does not repeat on every ticket type. */
    private String currencyOf(UUID showId) {
        return managed(new ShowId(showId)).currency();
    }

    private static TicketTypeView ticketType(ShowView show, TicketTypeId id) {
        return show.ticketTypes().stream()
                .filter(t -> t.id().equals(id.value()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("ticket-type", id));
    }
}
