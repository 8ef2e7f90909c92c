package com.piquetickets.query.email;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmailTrackingRepository extends JpaRepository<EmailTrackingEntity, UUID> {

    List<EmailTrackingEntity> findByOrderIdOrderByCreatedAtAscIdAsc(UUID orderId);
}
