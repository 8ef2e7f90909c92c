package com.piquetickets.api.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One scan as a door device sends it: what the QR code holds, the device's own id for the scan (retries reuse it), the
 * gate, the direction (IN when absent) and, optionally, when it was scanned.
 */
record ScanRequest(
        @NotBlank @Size(max = ScanRequest.MAX_CODE_LENGTH) String code,
        @NotBlank @Size(max = 100) @Pattern(regexp = ScanRequest.SCAN_ID, message = ScanRequest.SCAN_ID_MESSAGE) String scanId,
        @Size(max = 50) String gate,
        Direction direction,
        Instant scannedAt) {

    static final int MAX_CODE_LENGTH = 512;
    static final String SCAN_ID = "[A-Za-z0-9._:-]+";
    static final String SCAN_ID_MESSAGE = "must be letters, digits, '.', '_', ':' or '-'";

    /** Which way the ticket's holder passes the door. */
    enum Direction {
        IN,
        OUT
    }

    Direction directionOrIn() {
        return direction == null ? Direction.IN : direction;
    }
}
