package com.piquetickets.query.attendee;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttendeeRepository extends JpaRepository<AttendeeEntity, UUID> {

    Page<AttendeeEntity> findByShowId(UUID showId, Pageable pageable);

    Page<AttendeeEntity> findByShowIdAndVoidedFalse(UUID showId, Pageable pageable);
}
