package com.piquetickets.domain.performer;

/** What a performer shows to the public; every field but the name is optional. */
public record PerformerDetails(
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
