package com.piquetickets.query.show;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PromoCodeRepository extends JpaRepository<PromoCodeEntity, UUID> {

    List<PromoCodeEntity> findByShowIdOrderByCodeAsc(UUID showId);
}
