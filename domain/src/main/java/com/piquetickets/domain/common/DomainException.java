package com.piquetickets.domain.common;

/** A caller's mistake, decided by the domain; the API maps each kind to a 4xx problem document. */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, NotFoundException, RuleViolationException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, machine-readable name of the problem, e.g. {@code show-not-publishable}. */
    public String code() {
        return code;
    }
}
