package com.piquetickets.api.probe;

/**
 * The kinds of real ids the probe fills path parameters and id fields with. Targets of state changes (deactivate,
 * delete, cancel, refund, roles) are spare ones, so the rest of the sweep keeps its fixtures as they were.
 */
enum Fixture {
    /** A producer whose shows, invitations, members and Stripe account the sweep works with. */
    PRODUCER,
    /** A producer the sweep's accepted show creations go to. */
    SANDBOX_PRODUCER,
    /** A producer to deactivate. */
    SPARE_PRODUCER,
    VENUE,
    /** A venue to deactivate. */
    SPARE_VENUE,
    PERFORMER,
    /** A published show of {@link #PRODUCER} that the sweep edits (details, ticket types, promo codes, design, line-up). */
    SANDBOX_SHOW,
    /** A ticket type of {@link #SANDBOX_SHOW} to edit. */
    TICKET_TYPE,
    /** A ticket type of {@link #SANDBOX_SHOW} to delete. */
    SPARE_TICKET_TYPE,
    /** A promo code of {@link #SANDBOX_SHOW} to delete. */
    PROMO_CODE,
    /** A published show to unpublish, publish and cancel. */
    SPARE_SHOW,
    /** A draft to delete. */
    SPARE_DRAFT,
    /** A published show with a large free ticket type that the sweep's accepted orders go to. */
    ORDER_SHOW,
    /** The free ticket type of {@link #ORDER_SHOW}. */
    ORDER_TICKET_TYPE,
    /** A completed free order on {@link #ORDER_SHOW}. */
    ORDER,
    /** A completed free order to refund and confirm. */
    SPARE_ORDER,
    /** A ticket of {@link #ORDER}. */
    ATTENDEE,
    /** A user without roles whose roles, profile, password, memberships and state the sweep changes. */
    SPARE_USER,
    /** A producer-interest lead. */
    LEAD,
    /** An open invitation to join {@link #PRODUCER}. */
    INVITATION_TOKEN,
    /** A door device's check-in session for {@link #SANDBOX_SHOW}. */
    CHECK_IN_SESSION,
    /** A door device's scan id (of no scan: undoing it is refused). */
    SCAN_ID,
    /** A projection the sweep may rebuild: a small one, so the read model is live again before the sweep ends. */
    PROJECTION,
    /** A dead-letter sequence of {@link #PROJECTION} (none exists: retrying or discarding it is refused). */
    DEAD_LETTER_SEQUENCE
}
