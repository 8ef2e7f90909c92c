package com.piquetickets.query.producer;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProducerFinancialRepository extends JpaRepository<ProducerFinancialEntity, UUID> {

    Optional<ProducerFinancialEntity> findFirstByStripeAccountId(String stripeAccountId);
}
