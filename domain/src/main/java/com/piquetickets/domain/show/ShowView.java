package com.piquetickets.domain.show;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One show with everything its page needs. {@code promoCodes} is empty for the public. */
public record ShowView(
        UUID id,
        String slug,
        String title,
        String description,
        OffsetDateTime doorTime,
        OffsetDateTime startTime,
        OffsetDateTime endTime,
        String timeZone,
        String ageRestriction,
        String refundPolicy,
        String image,
        String bannerImage,
        String squareImage,
        String featuredVideo,
        String facebookCampaignId,
        String currency,
        boolean offlinePaymentEnabled,
        ShowStatus status,
        boolean published,
        String cancellationReason,
        UUID producerId,
        UUID venueId,
        ShowVenue venue,
        List<ShowPerformer> performers,
        List<TicketTypeView> ticketTypes,
        TicketPageDesign pageDesign,
        List<PromoCodeView> promoCodes,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
