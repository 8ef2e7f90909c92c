package com.piquetickets.domain.onboarding;

import com.piquetickets.domain.common.Personal;
import java.util.List;
import java.util.Objects;

/** What a prospective producer tells us on the public lead form; only the name and email are required. */
public record ProducerInterestDetails(
        @Personal String name,
        @Personal String email,
        @Personal String phone,
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
        @Personal String additionalInfo) {

    public ProducerInterestDetails {
        showTypes = showTypes == null ? List.of() : showTypes.stream().filter(Objects::nonNull).toList();
        currentPlatform = currentPlatform == null ? List.of() : currentPlatform.stream().filter(Objects::nonNull).toList();
    }
}
