package com.piquetickets.domain.common;

/** A well-formed request that a business rule refuses in the current state (publishing without tickets, a taken slug...). */
public final class RuleViolationException extends DomainException {

    public RuleViolationException(String code, String message) {
        super(code, message);
    }
}
