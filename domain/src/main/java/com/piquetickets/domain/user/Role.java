package com.piquetickets.domain.user;

/** A platform-wide role of a user. Membership of a producer is an association, not a role. */
public enum Role {
    /** Runs the platform: everything, including venues, performers, featured shows, roles and publish permission. */
    STAFF,
    /** Everything staff may do. */
    SUPERUSER,
    /** Reads orders, timelines and attendees and resends emails; moves no money. */
    SUPPORT,
    /** Reads exports and replays. */
    ANALYST
}
