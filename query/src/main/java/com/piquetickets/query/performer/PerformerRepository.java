package com.piquetickets.query.performer;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PerformerRepository extends JpaRepository<PerformerEntity, UUID> {

    Optional<PerformerEntity> findBySlug(String slug);
}
