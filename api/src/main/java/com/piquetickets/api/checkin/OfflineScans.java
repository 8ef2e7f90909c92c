package com.piquetickets.api.checkin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Scans a door device made without a network, uploaded later with the time each was made. */
record OfflineScans(@NotEmpty @Size(max = 5000) List<@NotNull @Valid Scan> scans) {

    record Scan(
            @NotBlank @Size(max = ScanRequest.MAX_CODE_LENGTH) String code,
            @NotBlank @Size(max = 100) @Pattern(regexp = ScanRequest.SCAN_ID, message = ScanRequest.SCAN_ID_MESSAGE)
            String scanId,
            @Size(max = 50) String gate,
            ScanRequest.Direction direction,
            @NotNull Instant scannedAt) {

        ScanRequest.Direction directionOrIn() {
            return direction == null ? ScanRequest.Direction.IN : direction;
        }
    }
}
