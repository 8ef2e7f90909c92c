package com.piquetickets.domain.user;

/**
 * A plaintext password in transit from the caller to the command handler that hashes it. It never appears in an event,
 * and {@link #toString()} does not reveal it, so it cannot leak into logs or problem documents.
 */
public record Password(String value) {

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}
