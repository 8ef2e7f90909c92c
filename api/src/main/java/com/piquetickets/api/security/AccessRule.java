package com.piquetickets.api.security;

/** The rights an endpoint can require; staff and superusers pass every rule but {@link #DOOR}. */
public enum AccessRule {
    /** Anyone, signed in or not (browsing, buying, the lead form; webhooks prove themselves by signature). */
    PUBLIC,
    /** Any signed-in user. */
    SIGNED_IN,
    /** Staff and superusers only: venues, performers, featured shows, users, roles, invitations, leads. */
    STAFF,
    /** Analysts (read-only history: exports and replays). */
    ANALYST,
    /** The user named by the path, or staff. */
    SELF,
    /** A member of the producer named by the path. */
    PRODUCER_MEMBER,
    /** A member of the producer whose show is named by the path. */
    SHOW_MANAGER,
    /** A show manager who also holds the can-publish-shows permission. */
    SHOW_PUBLISHER,
    /** A show manager, or support (who read attendees). */
    SHOW_AUDIENCE,
    /** A member of the producer whose show the order (named by the path) is for: moves money. */
    ORDER_MANAGER,
    /** An order manager, or support (read timelines and emails, resend them; no money moves). */
    ORDER_SUPPORT,
    /** Support, or a producer member searching the orders of one of their shows ({@code ?show=}). */
    ORDER_SEARCH,
    /** A door device, by its door token (scans and the manifest of its show); users, staff included, are refused. */
    DOOR
}
