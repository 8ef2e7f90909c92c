package com.piquetickets.domain.common;

/** Something referred to by id or slug does not exist (or is not visible to the caller). */
public final class NotFoundException extends DomainException {

    private final String field;

    public NotFoundException(String kind, Object id) {
        this(kind, id, null);
    }

    /** A reference in a request body (named by {@code field}) to something that does not exist. */
    public NotFoundException(String kind, Object id, String field) {
        super(kind + "-not-found", "no " + kind + " with id or slug '" + id + "'");
        this.field = field;
    }

    /** The request field that held the reference, or null when the missing thing was named by the URL. */
    public String field() {
        return field;
    }
}
