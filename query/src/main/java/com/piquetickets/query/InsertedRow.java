package com.piquetickets.query;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * A read-model row whose id its projection assigns, saved without a look first: Spring Data's {@code save} of a new
 * entity with an id would otherwise select it before inserting. A row is new until it is stored or loaded; projections
 * that must tolerate a redelivered event check for the row themselves.
 */
@MappedSuperclass
public abstract class InsertedRow implements Persistable<UUID> {

    @Transient
    private boolean inserted;

    @Override
    public boolean isNew() {
        return !inserted;
    }

    @PostLoad
    @PostPersist
    void stored() {
        inserted = true;
    }
}
