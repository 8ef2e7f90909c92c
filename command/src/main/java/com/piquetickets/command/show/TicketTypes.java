package com.piquetickets.command.show;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.show.ReservedSeats;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketTypeSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The ticket types of a show, in the order they were added, with their seats sold and held. The show's
 * event-sourcing handlers change them; its command handlers ask the rules here.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
final class TicketTypes {

    private Map<UUID, TicketTypeState> byId = new LinkedHashMap<>();

    /** A read-only view, by ticket type id. */
    Map<UUID, TicketTypeState> byId() {
        return Collections.unmodifiableMap(byId);
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    int size() {
        return byId.size();
    }

    boolean has(TicketTypeId ticketTypeId) {
        return byId.containsKey(ticketTypeId.value());
    }

    /** The ticket type, or not found. */
    TicketTypeState of(TicketTypeId ticketTypeId) {
        TicketTypeState state = ticketTypeId == null ? null : byId.get(ticketTypeId.value());
        if (state == null) {
            throw new NotFoundException("ticket-type", ticketTypeId);
        }
        return state;
    }

    List<TicketTypeSpec> specs() {
        return byId.values().stream().map(TicketTypeState::spec).toList();
    }

    /** Seats sold or held over all ticket types. */
    int committed() {
        return byId.values().stream().mapToInt(TicketTypeState::committed).sum();
    }

    /** Names are unique in a show, ignoring case; {@code except} (null: none) may keep its own. */
    void requireUniqueName(String name, TicketTypeId except) {
        byId.forEach((id, state) -> {
            if ((except == null || !except.value().equals(id)) && state.spec().name().equalsIgnoreCase(name)) {
                throw new RuleViolationException("ticket-type-name-taken",
                        "the show already has a ticket type named '" + state.spec().name() + "'; choose another name");
            }
        });
    }

    void add(TicketTypeId ticketTypeId, TicketTypeSpec spec) {
        byId.put(ticketTypeId.value(), TicketTypeState.offered(spec));
    }

    void change(TicketTypeId ticketTypeId, TicketTypeSpec spec) {
        byId.computeIfPresent(ticketTypeId.value(), (id, state) -> state.withSpec(spec));
    }

    void remove(TicketTypeId ticketTypeId) {
        byId.remove(ticketTypeId.value());
    }

    /** Moves seats between free, held and sold; a ticket type removed meanwhile is skipped. */
    void move(List<ReservedSeats> seats, BiFunction<TicketTypeState, Integer, TicketTypeState> move) {
        seats.forEach(s -> byId.computeIfPresent(s.ticketTypeId().value(), (id, t) -> move.apply(t, s.quantity())));
    }
}
