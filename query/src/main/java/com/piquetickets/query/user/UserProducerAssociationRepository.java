package com.piquetickets.query.user;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserProducerAssociationRepository extends JpaRepository<UserProducerAssociationEntity, UUID> {

    List<UserProducerAssociationEntity> findByUserIdInOrderByProducerId(Collection<UUID> userIds);
}
