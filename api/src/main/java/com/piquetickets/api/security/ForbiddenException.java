package com.piquetickets.api.security;

/** The signed-in user may not do this: a 403 problem that says which right is missing. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
