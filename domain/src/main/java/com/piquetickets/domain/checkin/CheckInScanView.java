package com.piquetickets.domain.checkin;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded door scan (the scan log): an entry ({@code ADMITTED}), an exit ({@code EXITED}) or an offline admission
 * that lost to another scan ({@code CONFLICT}, with its reason). {@code scannedAt} is when the device scanned,
 * {@code recordedAt} when the server learned of it (later for offline scans).
 */
public record CheckInScanView(
        UUID attendeeId,
        String firstName,
        String lastName,
        UUID ticketTypeId,
        String ticketTypeName,
        String scanId,
        String direction,
        String result,
        String conflictReason,
        String gate,
        UUID sessionId,
        String deviceName,
        Instant scannedAt,
        Instant recordedAt,
        boolean offline,
        boolean superseded,
        Instant undoneAt) {
}
