package com.piquetickets.query.onboarding;

import com.piquetickets.domain.onboarding.InterestStatus;
import com.piquetickets.domain.onboarding.ProducerInterestDetails;
import com.piquetickets.domain.onboarding.ProducerInterestView;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of {@code producer_interest}: a lead from the public form and where staff have taken it. */
@Entity(name = "ProducerInterestEntity")
@Table(name = "producer_interest")
class ProducerInterestEntity {

    @Id
    private UUID id;
    private String name;
    private String email;
    private String phone;
    @Column(name = "company_name")
    private String companyName;
    private String city;
    private String state;
    @Column(name = "events_per_year")
    private String eventsPerYear;
    @Convert(converter = JsonStringList.class)
    @Column(name = "show_types")
    private List<String> showTypes;
    @Column(name = "show_types_other")
    private String showTypesOther;
    @Convert(converter = JsonStringList.class)
    @Column(name = "current_platform")
    private List<String> currentPlatform;
    @Column(name = "current_platform_other")
    private String currentPlatformOther;
    @Column(name = "platform_challenges")
    private String platformChallenges;
    @Column(name = "desired_features")
    private String desiredFeatures;
    @Column(name = "interested_in_marketing")
    private boolean interestedInMarketing;
    @Column(name = "additional_info")
    private String additionalInfo;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "ip_address")
    private String ipAddress;
    @Column(name = "user_agent")
    private String userAgent;
    @Enumerated(EnumType.STRING)
    private InterestStatus status;
    private String notes;

    protected ProducerInterestEntity() {
        // for JPA
    }

    ProducerInterestEntity(UUID id) {
        this.id = id;
    }

    /** Everything a {@code ProducerInterestSubmittedEvent} says; applying it twice leaves the same row. */
    void submitted(ProducerInterestDetails d, String ipAddress, String userAgent, Instant at) {
        this.name = d.name();
        this.email = d.email();
        this.phone = d.phone();
        this.companyName = d.companyName();
        this.city = d.city();
        this.state = d.state();
        this.eventsPerYear = d.eventsPerYear();
        this.showTypes = List.copyOf(d.showTypes());
        this.showTypesOther = d.showTypesOther();
        this.currentPlatform = List.copyOf(d.currentPlatform());
        this.currentPlatformOther = d.currentPlatformOther();
        this.platformChallenges = d.platformChallenges();
        this.desiredFeatures = d.desiredFeatures();
        this.interestedInMarketing = d.interestedInMarketing();
        this.additionalInfo = d.additionalInfo();
        this.ipAddress = ipAddress;
        this.userAgent = userAgent;
        this.status = InterestStatus.NEW;
        this.notes = null;
        this.createdAt = at;
        this.updatedAt = at;
    }

    void reviewed(InterestStatus status, String notes, Instant at) {
        this.status = status;
        this.notes = notes;
        this.updatedAt = at;
    }

    ProducerInterestView toView() {
        return new ProducerInterestView(id, name, email, phone, companyName, city, state, eventsPerYear, showTypes,
                showTypesOther, currentPlatform, currentPlatformOther, platformChallenges, desiredFeatures,
                interestedInMarketing, additionalInfo, ipAddress, userAgent, status, notes, createdAt, updatedAt);
    }
}
