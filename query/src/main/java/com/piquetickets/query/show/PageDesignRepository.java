package com.piquetickets.query.show;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PageDesignRepository extends JpaRepository<PageDesignEntity, UUID> {

    Optional<PageDesignEntity> findByShowId(UUID showId);
}
