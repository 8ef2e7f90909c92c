package com.piquetickets.api.checkin;

import com.piquetickets.api.security.Access;
import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.api.security.DoorDevice;
import com.piquetickets.domain.attendee.TicketCode;
import com.piquetickets.domain.checkin.CheckInManifest;
import com.piquetickets.domain.checkin.FindCheckInManifestQuery;
import com.piquetickets.domain.checkin.ManifestTicket;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.saga.ticketcode.TicketCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a door device does with its door token: scan tickets in and out (one at a time, a whole order at once, or an
 * upload of what it scanned offline), undo a mistaken admission, and download the manifest it needs to work offline.
 * The device's show is its token's; it can do nothing else.
 */
@RestController
@Tag(name = "Check-in")
class DoorController {

    private final Access access;
    private final DoorDesk desk;
    private final OfflineUploads uploads;
    private final Queries queries;
    private final ShowDoors shows;
    private final TicketCodes ticketCodes;
    private final Clock clock;
    private final CheckInProperties properties;

    DoorController(Access access, DoorDesk desk, OfflineUploads uploads, Queries queries, ShowDoors shows,
                   TicketCodes ticketCodes, Clock clock, CheckInProperties properties) {
        this.access = access;
        this.desk = desk;
        this.uploads = uploads;
        this.queries = queries;
        this.shows = shows;
        this.ticketCodes = ticketCodes;
        this.clock = clock;
        this.properties = properties;
    }

    /** The key that verifies the show's ticket codes, and how to read one (README: "Door check-in"). */
    record VerificationKey(String algorithm, String encoding, String key, String codePrefix) {
    }

    /** One page of the manifest; {@code cursor} is the {@code since} of the next download. */
    record DoorManifest(UUID showId, String title, OffsetDateTime doorTime, Instant opensAt, VerificationKey verificationKey,
                        List<ManifestTicket> tickets, long cursor, boolean more, Instant generatedAt) {
    }

    @PostMapping("/api/check-in/scans")
    @Allow(AccessRule.DOOR)
    @Operation(summary = "Scan a ticket in (or out): ADMITTED, ALREADY_INSIDE, EXITED, NOT_INSIDE, VOIDED, NOT_OPEN_YET;"
            + " 422 ticket-unknown, 403 wrong-show")
    ScanAnswer scan(@Valid @RequestBody ScanRequest request) {
        return desk.scan(access.requireDevice(), request);
    }

    @PostMapping("/api/check-in/group-scans")
    @Allow(AccessRule.DOOR)
    @Operation(summary = "Admit every valid ticket of the order of the ticket shown")
    GroupScanAnswer group(@Valid @RequestBody GroupScanRequest request) {
        return desk.group(access.requireDevice(), request);
    }

    @PostMapping("/api/check-in/scans/batch")
    @Allow(AccessRule.DOOR)
    @Operation(summary = "Upload scans made offline, with their times; conflicts are recorded and reported")
    BatchAnswer batch(@Valid @RequestBody OfflineScans request) {
        return uploads.upload(access.requireDevice(), request);
    }

    @PostMapping("/api/check-in/scans/{scanId}/undo")
    @Allow(AccessRule.DOOR)
    @Operation(summary = "Take back the admission a scan of this device made (the latest of its ticket)")
    UndoAnswer undo(@PathVariable String scanId) {
        return desk.undo(access.requireDevice(), scanId);
    }

    @GetMapping("/api/check-in/manifest")
    @Allow(AccessRule.DOOR)
    @Operation(summary = "What the device needs offline: the show's verification key, its valid tickets (since=0) or"
            + " every ticket changed after the cursor")
    DoorManifest manifest(@RequestParam(defaultValue = "0") @Min(0) long since,
                          @RequestParam(required = false) @Min(1) @Max(10_000) Integer limit) {
        DoorDevice device = access.requireDevice();
        ShowDoors.Door door = shows.of(device.showId());
        CheckInManifest page = queries.one(new FindCheckInManifestQuery(device.showId(), since,
                        limit == null ? properties.manifestPageSize() : limit), CheckInManifest.class, "show",
                device.showId());
        VerificationKey key = new VerificationKey(TicketCode.ALGORITHM, "X.509 SubjectPublicKeyInfo, base64",
                ticketCodes.publicKey(new ShowId(device.showId())), TicketCode.PREFIX);
        return new DoorManifest(device.showId(), door.title(), door.doorTime(), door.opensAt(), key, page.tickets(),
                page.cursor(), page.more(), clock.instant());
    }
}
