package com.piquetickets.domain.show;

/** Who is asking about shows: the public sees published shows (and a cancelled one by id or slug); management also sees drafts and unpublished shows. Deleted shows are seen by nobody. */
public enum ShowVisibility {
    PUBLIC,
    MANAGEMENT
}
