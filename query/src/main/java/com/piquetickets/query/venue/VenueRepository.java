package com.piquetickets.query.venue;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface VenueRepository extends JpaRepository<VenueEntity, UUID> {

    Optional<VenueEntity> findBySlug(String slug);

    Page<VenueEntity> findByActiveTrue(Pageable pageable);
}
