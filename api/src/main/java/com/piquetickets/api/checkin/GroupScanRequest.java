package com.piquetickets.api.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One code shown for a whole order (a family at the door): every valid ticket of its order is admitted. */
record GroupScanRequest(
        @NotBlank @Size(max = ScanRequest.MAX_CODE_LENGTH) String code,
        @NotBlank @Size(max = 100) @Pattern(regexp = ScanRequest.SCAN_ID, message = ScanRequest.SCAN_ID_MESSAGE) String scanId,
        @Size(max = 50) String gate) {
}
