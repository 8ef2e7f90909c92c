package com.piquetickets.domain.common;

/** A value the domain cannot accept, naming the field it came from. */
public final class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super("invalid-input", field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
