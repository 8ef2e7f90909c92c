package com.piquetickets.domain.show;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A show in a list. Times carry the offset of the time zone of the show. */
public record ShowSummary(
        UUID id,
        String slug,
        String title,
        OffsetDateTime doorTime,
        OffsetDateTime startTime,
        OffsetDateTime endTime,
        String timeZone,
        ShowStatus status,
        boolean published,
        String ageRestriction,
        String image,
        String bannerImage,
        String squareImage,
        String currency,
        UUID venueId,
        String venueName,
        UUID producerId,
        String producerName) {
}
