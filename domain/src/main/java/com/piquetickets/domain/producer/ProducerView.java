package com.piquetickets.domain.producer;

import java.time.Instant;
import java.util.UUID;

/** A producer as the catalogue shows it. */
public record ProducerView(
        UUID id,
        String slug,
        String name,
        String country,
        String website,
        String bio,
        String image,
        String instagram,
        String facebook,
        String twitter,
        String youtube,
        String ticktock,
        boolean isActive,
        Instant createdAt,
        Instant updatedAt) {
}
