package com.piquetickets.query.show;

import com.piquetickets.domain.show.PromoCodeView;
import com.piquetickets.domain.show.ShowDetails;
import com.piquetickets.domain.show.ShowPerformer;
import com.piquetickets.domain.show.ShowStatus;
import com.piquetickets.domain.show.ShowSummary;
import com.piquetickets.domain.show.ShowVenue;
import com.piquetickets.domain.show.ShowView;
import com.piquetickets.domain.show.TicketPageDesign;
import com.piquetickets.domain.show.TicketTypeView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code show}. {@code status} is the truth about where the show is in its life; {@code published} and
 * {@code is_deleted} are kept in step with it for the columns of the read schema.
 */
@Entity(name = "ShowEntity")
@Table(name = "show")
class ShowEntity {

    @Id
    private UUID id;
    private String title;
    private String description;
    @Column(name = "door_time")
    private Instant doorTime;
    @Column(name = "start_time")
    private Instant startTime;
    @Column(name = "end_time")
    private Instant endTime;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "age_restriction")
    private String ageRestriction;
    private String image;
    @Column(name = "banner_image")
    private String bannerImage;
    @Column(name = "square_image")
    private String squareImage;
    @Column(name = "featured_video")
    private String featuredVideo;
    @Column(name = "facebook_campaign_id")
    private String facebookCampaignId;
    private boolean published;
    private String slug;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "refund_policy")
    private String refundPolicy;
    @Column(name = "is_deleted")
    private boolean deleted;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Column(name = "draft_created_at")
    private Instant draftCreatedAt;
    @Column(name = "draft_updated_at")
    private Instant draftUpdatedAt;
    @Column(name = "venue_id")
    private UUID venueId;
    @Column(name = "producer_id")
    private UUID producerId;
    @Column(name = "author_id")
    private UUID authorId;
    /** A {@link ShowStatus} name; a plain string so that H2 and PostgreSQL both see a varchar column. */
    private String status;
    private String currency;
    @Column(name = "cancellation_reason")
    private String cancellationReason;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "offline_payment_enabled")
    private boolean offlinePaymentEnabled;

    protected ShowEntity() {
        // for JPA
    }

    ShowEntity(UUID id) {
        this.id = id;
    }

    UUID id() {
        return id;
    }

    String currency() {
        return currency;
    }

    ShowStatus status() {
        return ShowStatus.valueOf(status);
    }

    UUID venueId() {
        return venueId;
    }

    ZoneId zone() {
        return ShowTimes.zoneOf(timeZone);
    }

    UUID producerId() {
        return producerId;
    }

    /** Everything a {@code ShowDraftCreatedEvent} says; applying it again resets the row to that draft. */
    void draftCreated(UUID producerId, String slug, ShowDetails details, String currency, UUID authorId, Instant at) {
        this.producerId = producerId;
        this.slug = slug;
        this.currency = currency;
        this.authorId = authorId;
        this.status = ShowStatus.DRAFT.name();
        this.published = false;
        this.deleted = false;
        this.deletedAt = null;
        this.cancellationReason = null;
        this.cancelledAt = null;
        this.offlinePaymentEnabled = false;
        this.createdAt = at;
        this.draftCreatedAt = at;
        describe(details, at);
    }

    void describe(ShowDetails details, Instant at) {
        this.title = details.title();
        this.description = details.description();
        this.doorTime = details.doorTime();
        this.startTime = details.startTime();
        this.endTime = details.endTime();
        this.timeZone = details.timeZone();
        this.ageRestriction = details.ageRestriction();
        this.refundPolicy = details.refundPolicy();
        this.venueId = details.venueId() == null ? null : details.venueId().value();
        this.image = details.image();
        this.bannerImage = details.bannerImage();
        this.squareImage = details.squareImage();
        this.featuredVideo = details.featuredVideo();
        this.facebookCampaignId = details.facebookCampaignId();
        touched(at);
    }

    /** Whether buyers may pay offline (at the door or by invoice). */
    void offlinePayment(boolean enabled, Instant at) {
        this.offlinePaymentEnabled = enabled;
        touched(at);
    }

    void slug(String slug, Instant at) {
        this.slug = slug;
        touched(at);
    }

    void publish(Instant at) {
        moveTo(ShowStatus.PUBLISHED, at);
    }

    /** Off the public pages: back to a draft that can be published again. */
    void unpublish(Instant at) {
        moveTo(ShowStatus.DRAFT, at);
    }

    void cancel(String reason, Instant at) {
        this.cancellationReason = reason;
        this.cancelledAt = at;
        moveTo(ShowStatus.CANCELLED, at);
    }

    void delete(Instant at) {
        this.deleted = true;
        this.deletedAt = at;
        moveTo(ShowStatus.DELETED, at);
    }

    /** Something of the show changed at {@code at}: its ticket types, promo codes, design or line-up included. */
    void touched(Instant at) {
        this.updatedAt = at;
        if (ShowStatus.DRAFT.name().equals(status)) {
            this.draftUpdatedAt = at;
        }
    }

    private void moveTo(ShowStatus next, Instant at) {
        this.status = next.name();
        this.published = next == ShowStatus.PUBLISHED;
        touched(at);
    }

    ShowSummary toSummary(String venueName, String producerName) {
        ZoneId zone = zone();
        return new ShowSummary(id, slug, title, ShowTimes.inZone(doorTime, zone), ShowTimes.inZone(startTime, zone),
                ShowTimes.inZone(endTime, zone), timeZone, status(), published, ageRestriction, image, bannerImage,
                squareImage, currency, venueId, venueName, producerId, producerName);
    }

    ShowView toView(ShowVenue venue, List<ShowPerformer> performers, List<TicketTypeView> ticketTypes,
                    TicketPageDesign pageDesign, List<PromoCodeView> promoCodes) {
        ZoneId zone = zone();
        return new ShowView(id, slug, title, description, ShowTimes.inZone(doorTime, zone),
                ShowTimes.inZone(startTime, zone), ShowTimes.inZone(endTime, zone), timeZone, ageRestriction,
                refundPolicy, image, bannerImage, squareImage, featuredVideo, facebookCampaignId, currency,
                offlinePaymentEnabled, status(), published, cancellationReason, producerId, venueId, venue, performers,
                ticketTypes, pageDesign, promoCodes, ShowTimes.inZone(createdAt, zone), ShowTimes.inZone(updatedAt, zone));
    }
}
