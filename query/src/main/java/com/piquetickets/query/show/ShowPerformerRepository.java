package com.piquetickets.query.show;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShowPerformerRepository extends JpaRepository<ShowPerformerEntity, ShowPerformerEntity.Key> {

    List<ShowPerformerEntity> findByShowId(UUID showId);
}
