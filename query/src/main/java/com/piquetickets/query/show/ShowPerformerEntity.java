package com.piquetickets.query.show;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code show_performer}: a performer on the line-up of a show, at a place in billing order. */
@Entity(name = "ShowPerformerEntity")
@Table(name = "show_performer")
@IdClass(ShowPerformerEntity.Key.class)
class ShowPerformerEntity {

    @Id
    @Column(name = "show_id")
    private UUID showId;
    @Id
    @Column(name = "performer_id")
    private UUID performerId;
    private int position;

    protected ShowPerformerEntity() {
        // for JPA
    }

    ShowPerformerEntity(UUID showId, UUID performerId, int position) {
        this.showId = showId;
        this.performerId = performerId;
        this.position = position;
    }

    UUID performerId() {
        return performerId;
    }

    void position(int position) {
        this.position = position;
    }

    static final class Key implements Serializable {

        private UUID showId;
        private UUID performerId;

        Key() {
        }

        Key(UUID showId, UUID performerId) {
            this.showId = showId;
            this.performerId = performerId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(showId, key.showId)
                    && Objects.equals(performerId, key.performerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(showId, performerId);
        }
    }
}
