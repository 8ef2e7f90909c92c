package com.piquetickets.api.web;

/** A well-formed request the API will not process as sent, and whose retry cannot help (422). */
public class UnprocessableRequestException extends RuntimeException {

    private final String code;

    public UnprocessableRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
