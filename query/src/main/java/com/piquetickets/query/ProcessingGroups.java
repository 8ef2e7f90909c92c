package com.piquetickets.query;

import java.util.List;

/**
 * The event processors of the read model, one per projection. Each runs, replays and resets on its own, so the api
 * can wait for or reset one by name.
 */
public final class ProcessingGroups {

    /** Venues ({@code venue}). */
    public static final String VENUE_CATALOGUE = "venue-catalogue";
    /** Performers ({@code performer}). */
    public static final String PERFORMER_CATALOGUE = "performer-catalogue";
    /** Producers ({@code producer}). */
    public static final String PRODUCER_CATALOGUE = "producer-catalogue";
    /** Producers' Stripe connected accounts ({@code producer_financial}). */
    public static final String PRODUCER_FINANCIAL = "producer-financial";
    /** Shows with their ticket types, promo codes, page design and line-up, and the seat holds behind availability. */
    public static final String SHOW_CATALOGUE = "show-catalogue";
    /** The featured-shows list ({@code featured_show}). */
    public static final String FEATURED_SHOWS = "featured-shows";
    /** Orders and their lines ({@code "order"}, {@code ticket_order}). */
    public static final String ORDERS = "orders";
    /** Issued tickets ({@code ticket_attendee}). */
    public static final String ATTENDEES = "attendees";
    /** Tracked emails ({@code email_tracking}). */
    public static final String EMAIL_TRACKING = "email-tracking";
    /** Users with their profiles and producer memberships ({@code app_user}, {@code user_profile}, {@code user_producer_association}). */
    public static final String USERS = "users";
    /** Invitations to join a producer and producer-interest leads ({@code onboarding_session}, {@code producer_interest}). */
    public static final String ONBOARDING = "onboarding";
    /**
     * Per-show sales deltas stamped with each event's time and position, for "as of" answers and on-sale curves
     * ({@code sales_ledger} and its state tables {@code sales_show}, {@code sales_ticket_type}, {@code sales_order},
     * {@code sales_seat}, {@code sales_attendee}).
     */
    public static final String SALES_LEDGER = "sales-ledger";
    /** Door devices and the scan log ({@code check_in_session}, {@code check_in_scan}). */
    public static final String CHECK_IN = "check-in";

    /** Every processing group of this module. */
    public static final List<String> ALL =
            List.of(VENUE_CATALOGUE, PERFORMER_CATALOGUE, PRODUCER_CATALOGUE, PRODUCER_FINANCIAL, SHOW_CATALOGUE,
                    FEATURED_SHOWS, ORDERS, ATTENDEES, EMAIL_TRACKING, USERS, ONBOARDING, SALES_LEDGER, CHECK_IN);

    private ProcessingGroups() {
    }
}
