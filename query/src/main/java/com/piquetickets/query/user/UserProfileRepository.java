package com.piquetickets.query.user;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserProfileRepository extends JpaRepository<UserProfileEntity, UUID> {

    List<UserProfileEntity> findByUserIdIn(Collection<UUID> userIds);
}
