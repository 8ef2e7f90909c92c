package com.piquetickets.domain.performer;

import java.util.UUID;

/** A performer as the catalogue shows it. */
public record PerformerView(
        UUID id,
        String slug,
        String name,
        String bio,
        String image,
        String city,
        String website,
        String facebook,
        String twitter,
        String instagram,
        String youtube,
        String tiktok) {
}
