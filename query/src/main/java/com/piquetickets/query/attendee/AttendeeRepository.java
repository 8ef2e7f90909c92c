package com.piquetickets.query.attendee;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendeeRepository extends JpaRepository<AttendeeEntity, UUID> {

    Page<AttendeeEntity> findByShowId(UUID showId, Pageable pageable);

    Page<AttendeeEntity> findByShowIdAndVoidedFalse(UUID showId, Pageable pageable);

    /** The latest change number of a show's tickets (0 for none): the next change is one more. */
    @Query("select coalesce(max(a.changeSeq), 0) from AttendeeEntity a where a.showId = :showId")
    long lastChangeOfShow(UUID showId);
}
