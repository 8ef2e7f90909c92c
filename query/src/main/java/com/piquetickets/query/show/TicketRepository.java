package com.piquetickets.query.show;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketRepository extends JpaRepository<TicketEntity, UUID> {

    List<TicketEntity> findByShowIdOrderByPositionAscIdAsc(UUID showId);

    /** The next free display position of a show's ticket types. */
    @Query("select coalesce(max(t.position) + 1, 0) from TicketEntity t where t.showId = :showId")
    int nextPosition(UUID showId);
}
