package com.piquetickets.query.onboarding;

import com.piquetickets.domain.onboarding.InterestStatus;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProducerInterestRepository extends JpaRepository<ProducerInterestEntity, UUID> {

    Page<ProducerInterestEntity> findByStatus(InterestStatus status, Pageable pageable);
}
