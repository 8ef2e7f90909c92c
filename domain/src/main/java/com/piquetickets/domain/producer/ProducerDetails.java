package com.piquetickets.domain.producer;

/** What a producer shows to the public; every field but the name is optional. {@code ticktock} keeps the spelling of the read schema. */
public record ProducerDetails(
        String name,
        String country,
        String website,
        String bio,
        String image,
        String instagram,
        String facebook,
        String twitter,
        String youtube,
        String ticktock) {
}
