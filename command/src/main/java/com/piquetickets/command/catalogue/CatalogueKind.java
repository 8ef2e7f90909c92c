package com.piquetickets.command.catalogue;

/** The kinds of catalogue entries whose slugs are unique per kind and whose existence other aggregates check. */
public enum CatalogueKind {
    VENUE("venue"),
    PERFORMER("performer"),
    PRODUCER("producer"),
    SHOW("show");

    private final String code;

    CatalogueKind(String code) {
        this.code = code;
    }

    /** The stored name of the kind, also the {@code kind} of a {@code NotFoundException}. */
    public String code() {
        return code;
    }
}
