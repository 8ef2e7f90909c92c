package com.piquetickets.query.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code user_producer_association}; its id is derived from the pair, so a redelivery finds the same row. */
@Entity(name = "UserProducerAssociationEntity")
@Table(name = "user_producer_association")
class UserProducerAssociationEntity {

    @Id
    private UUID id;
    @Column(name = "user_id")
    private UUID userId;
    @Column(name = "producer_id")
    private UUID producerId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected UserProducerAssociationEntity() {
        // for JPA
    }

    UserProducerAssociationEntity(UUID userId, UUID producerId, Instant at) {
        this.id = idOf(userId, producerId);
        this.userId = userId;
        this.producerId = producerId;
        this.createdAt = at;
    }

    static UUID idOf(UUID userId, UUID producerId) {
        return UUID.nameUUIDFromBytes(("user-producer:" + userId + ":" + producerId).getBytes(StandardCharsets.UTF_8));
    }

    UUID userId() {
        return userId;
    }

    UUID producerId() {
        return producerId;
    }
}
