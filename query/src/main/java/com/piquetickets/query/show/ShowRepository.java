package com.piquetickets.query.show;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShowRepository extends JpaRepository<ShowEntity, UUID> {

    Optional<ShowEntity> findBySlug(String slug);
}
