package com.piquetickets.query.checkin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInSessionRepository extends JpaRepository<CheckInSessionEntity, UUID> {

    Optional<CheckInSessionEntity> findByToken(String token);

    List<CheckInSessionEntity> findByShowIdOrderByCreatedAtDesc(UUID showId);
}
