package com.piquetickets.domain.show;

/** Where a show is in its life: only PUBLISHED shows sell; CANCELLED and DELETED are final. */
public enum ShowStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED,
    DELETED
}
