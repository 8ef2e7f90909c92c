package com.piquetickets.api.security;

/** The request needs a signed-in user (or valid credentials) and has none: a 401 problem with this code. */
public class NotAuthenticatedException extends RuntimeException {

    private final String code;

    public NotAuthenticatedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
