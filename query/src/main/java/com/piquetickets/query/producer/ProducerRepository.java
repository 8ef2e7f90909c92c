package com.piquetickets.query.producer;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProducerRepository extends JpaRepository<ProducerEntity, UUID> {

    Optional<ProducerEntity> findBySlug(String slug);

    Page<ProducerEntity> findByActiveTrue(Pageable pageable);
}
