package com.piquetickets.query.attendee;

import com.piquetickets.domain.attendee.AttendeeView;
import com.piquetickets.domain.attendee.FindAttendeeQuery;
import com.piquetickets.domain.attendee.FindShowAttendeesQuery;
import com.piquetickets.domain.common.PageResult;
import com.piquetickets.query.Pages;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Answers the ticket queries from {@code ticket_attendee}. */
@Component
class AttendeeQueryHandler {

    /** The door list order: last name, then first name, ignoring case; the id keeps namesakes stable across pages. */
    static final Sort BY_NAME = Sort.by(Sort.Order.asc("lastName").ignoreCase(), Sort.Order.asc("firstName").ignoreCase(),
            Sort.Order.asc("id"));

    private final AttendeeRepository attendees;

    AttendeeQueryHandler(AttendeeRepository attendees) {
        this.attendees = attendees;
    }

    /** A voided ticket is found too (its {@code voided} says it admits no one): the door must tell it from a fake. */
    @QueryHandler
    Optional<AttendeeView> handle(FindAttendeeQuery query) {
        return query.uuid() == null ? Optional.empty() : attendees.findById(query.uuid()).map(AttendeeEntity::toView);
    }

    /**
     * Declared with the raw {@link PageResult} type on purpose: Axon 4 matches a handler's return type against
     * {@code ResponseTypes.instanceOf(PageResult.class)} only when it is a plain class, never a parameterized type
     * (AxonFramework#1537), so callers ask with {@code instanceOf(PageResult.class)}.
     */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    PageResult handle(FindShowAttendeesQuery query) {
        Pageable pageable = Pages.pageable(query.page(), BY_NAME);
        var page = query.includeVoided()
                ? attendees.findByShowId(query.showId(), pageable)
                : attendees.findByShowIdAndVoidedFalse(query.showId(), pageable);
        return Pages.result(page, AttendeeEntity::toView);
    }
}
