package com.piquetickets.query.order;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderRepository extends JpaRepository<OrderEntity, UUID> {

    Page<OrderEntity> findByShowId(UUID showId, Pageable pageable);

    Page<OrderEntity> findByEmailIgnoreCase(String email, Pageable pageable);

    Page<OrderEntity> findByEmailIgnoreCaseAndShowId(String email, UUID showId, Pageable pageable);
}
