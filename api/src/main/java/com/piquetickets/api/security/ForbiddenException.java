package com.piquetickets.api.security;

/** The signed-in user may not do this: a 403 problem that says which right is missing. */
public class ForbiddenException extends RuntimeException {

    private final String code;

    public ForbiddenException(String message) {
        this("forbidden", message);
    }

    /** A refusal with a code of its own (a door device scanning another show's ticket: {@code wrong-show}). */
    public ForbiddenException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
