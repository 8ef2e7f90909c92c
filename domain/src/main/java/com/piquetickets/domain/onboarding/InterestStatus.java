package com.piquetickets.domain.onboarding;

/** Where a producer-interest lead stands in the staff pipeline. */
public enum InterestStatus {
    NEW,
    CONTACTED,
    QUALIFIED,
    REJECTED,
    /** The lead became a producer; its status is final. */
    CONVERTED
}
