package com.piquetickets.query.checkin;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInScanRepository extends JpaRepository<CheckInScanEntity, UUID> {
}
