package com.piquetickets.query.featured;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeaturedShowRepository extends JpaRepository<FeaturedShowEntity, UUID> {

    List<FeaturedShowEntity> findByActiveTrueOrderByPositionAsc();
}
