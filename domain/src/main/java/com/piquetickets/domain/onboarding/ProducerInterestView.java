package com.piquetickets.domain.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A producer-interest lead as staff see it. */
public record ProducerInterestView(
        UUID id,
        String name,
        String email,
        String phone,
        String companyName,
        String city,
        String state,
        String eventsPerYear,
        List<String> showTypes,
        String showTypesOther,
        List<String> currentPlatform,
        String currentPlatformOther,
        String platformChallenges,
        String desiredFeatures,
        boolean interestedInMarketing,
        String additionalInfo,
        String ipAddress,
        String userAgent,
        InterestStatus status,
        String notes,
        Instant createdAt,
        Instant updatedAt) {

    public ProducerInterestView {
        showTypes = showTypes == null ? List.of() : List.copyOf(showTypes);
        currentPlatform = currentPlatform == null ? List.of() : List.copyOf(currentPlatform);
    }
}
