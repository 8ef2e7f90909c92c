package com.piquetickets.query.show;

import com.piquetickets.domain.show.TicketPageDesign;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code ticket_page_design}: at most one per show, its id derived from the show's. */
@Entity(name = "PageDesignEntity")
@Table(name = "ticket_page_design")
class PageDesignEntity {

    @Id
    private UUID id;
    @Column(name = "show_id")
    private UUID showId;
    @Column(name = "primary_color")
    private String primaryColor;
    @Column(name = "secondary_color")
    private String secondaryColor;
    @Column(name = "background_image")
    private String backgroundImage;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PageDesignEntity() {
        // for JPA
    }

    PageDesignEntity(UUID showId) {
        this.id = UUID.nameUUIDFromBytes(("ticket-page-design:" + showId).getBytes(StandardCharsets.UTF_8));
        this.showId = showId;
    }

    void design(TicketPageDesign design, Instant at) {
        this.primaryColor = design.primaryColor();
        this.secondaryColor = design.secondaryColor();
        this.backgroundImage = design.backgroundImage();
        this.updatedAt = at;
    }

    TicketPageDesign toDesign() {
        return new TicketPageDesign(primaryColor, secondaryColor, backgroundImage);
    }
}
