package com.piquetickets.domain.onboarding;

import java.util.Objects;
import java.util.UUID;

/** Identifies an invitation to join a producer. {@link #toString()} is the bare UUID, which Axon uses as the aggregate identifier. */
public record OnboardingSessionId(UUID value) {

    public OnboardingSessionId {
        Objects.requireNonNull(value, "OnboardingSessionId value");
    }

    public static OnboardingSessionId of(String value) {
        return new OnboardingSessionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
