package com.piquetickets.api.checkin;

import com.piquetickets.api.security.DoorDevice;
import com.piquetickets.api.security.ForbiddenException;
import com.piquetickets.api.web.UnprocessableRequestException;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.DoorScan;
import com.piquetickets.domain.attendee.ScanResult;
import com.piquetickets.domain.common.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records what a door device did offline: each scan with the time it was made, in time order, decided again by its
 * ticket's aggregate (which keeps the earliest admission of a stay and records the others as conflicts). The whole upload
 * is checked before anything is recorded; each scan is kept by its scan id, so an upload sent twice counts once.
 */
@Component
class OfflineUploads {

    private final DoorDesk desk;
    private final ShowDoors shows;
    private final ScanRequests requests;
    private final JsonMapper json;
    private final Clock clock;
    private final CheckInProperties properties;

    OfflineUploads(DoorDesk desk, ShowDoors shows, ScanRequests requests, JsonMapper json, Clock clock,
                   CheckInProperties properties) {
        this.desk = desk;
        this.shows = shows;
        this.requests = requests;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    BatchAnswer upload(DoorDevice device, OfflineScans upload) {
        List<OfflineScans.Scan> scans = upload.scans();
        List<String> fingerprints = scans.stream().map(OfflineUploads::fingerprint).toList();
        check(device, scans, fingerprints);
        ShowDoors.Door door = shows.of(device.showId());
        ScanAnswer[] answers = new ScanAnswer[scans.size()];
        IntStream.range(0, scans.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> scans.get(i).scannedAt()))
                .forEach(i -> answers[i] = record(device, door, scans.get(i), fingerprints.get(i)));
        return BatchAnswer.of(List.of(answers));
    }

    /** Refuses the upload, before anything is recorded, when a scan is out of time or reuses a scan id for another scan. */
    private void check(DoorDevice device, List<OfflineScans.Scan> scans, List<String> fingerprints) {
        if (scans.size() > properties.maxBatchScans()) {
            throw new InvalidInputException("scans", "must hold at most " + properties.maxBatchScans()
                    + " scans per upload; send the rest in another");
        }
        Instant now = clock.instant();
        Instant oldest = now.minus(properties.offlineMaxAge());
        Instant latest = now.plus(properties.deviceClockSkew());
        Map<String, String> byScanId = new HashMap<>();
        for (int i = 0; i < scans.size(); i++) {
            OfflineScans.Scan scan = scans.get(i);
            if (scan.scannedAt().isBefore(oldest) || scan.scannedAt().isAfter(latest)) {
                throw new InvalidInputException("scans[" + i + "].scannedAt", "must be between " + oldest + " and " + latest
                        + " (the server's clock, give or take the device's)");
            }
            String earlier = byScanId.putIfAbsent(scan.scanId(), fingerprints.get(i));
            if (earlier != null && !earlier.equals(fingerprints.get(i))) {
                throw new InvalidInputException("scans[" + i + "].scanId", "is used twice in this upload for different scans");
            }
        }
        Optional<String> reused = requests.firstReused(device, byScanId);
        if (reused.isPresent()) {
            throw new UnprocessableRequestException("scan-id-reused", "scan id '" + reused.get() + "' was already used by this"
                    + " device for another scan; nothing of this upload was recorded");
        }
    }

    private ScanAnswer record(DoorDevice device, ShowDoors.Door door, OfflineScans.Scan scan, String fingerprint) {
        AttendeeId attendee;
        try {
            attendee = desk.identify(device, door, scan.code());
        } catch (UnprocessableRequestException | ForbiddenException refused) {
            return refused(scan.scanId(), refused);
        }
        Optional<ScanRequests.Stored> earlier = requests.claim(device, scan.scanId(), fingerprint);
        if (earlier.isPresent()) {
            return json.readValue(earlier.get().response(), ScanAnswer.class).asReplayed();
        }
        try {
            DoorScan doorScan = DoorDesk.scan(device, scan.scanId(), scan.gate(), scan.scannedAt(), true);
            ScanAnswer answer = DoorAnswers.of(scan.scanId(), desk.decide(door, attendee, doorScan, scan.directionOrIn()), door);
            requests.complete(device, scan.scanId(), List.of(attendee.value()), answer.result().name(),
                    json.writeValueAsString(answer));
            return answer;
        } catch (UnprocessableRequestException | ForbiddenException refused) {
            requests.forget(device, scan.scanId());
            return refused(scan.scanId(), refused);
        } catch (RuntimeException e) {
            requests.forget(device, scan.scanId());
            throw e;
        }
    }

    private static ScanAnswer refused(String scanId, RuntimeException refusal) {
        ScanResult result = refusal instanceof ForbiddenException ? ScanResult.WRONG_SHOW : ScanResult.UNKNOWN;
        return ScanAnswer.refused(scanId, result, refusal.getMessage());
    }

    private static String fingerprint(OfflineScans.Scan scan) {
        return ScanRequests.fingerprint("offline", scan.code().strip(), scan.directionOrIn(), scan.gate(), scan.scannedAt());
    }
}
