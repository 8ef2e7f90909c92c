package com.piquetickets.query.analytics;

import com.piquetickets.domain.attendee.AttendeeId;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The door's events, known by payload type name: which admit an attendee and which take an admission back. They are
 * matched by name so that the sales ledger counts check-ins from whichever module records them; each carries the
 * ticket as a record component named {@code attendeeId} (an {@link AttendeeId}, a UUID or its text). An exit, or an
 * offline conflict, changes nobody's checked-in state.
 */
final class AdmissionEvents {

    /** Payload type simple name -> true when it admits, false when it takes an admission back. */
    static final Map<String, Boolean> ADMITS = Map.of(
            "AttendeeAdmittedEvent", true,
            "AdmissionUndoneEvent", false);

    /** An attendee let in ({@code admitted}) or an admission taken back. */
    record Admission(UUID attendeeId, boolean admitted) {
    }

    private AdmissionEvents() {
    }

    static Optional<Admission> of(Object payload) {
        Boolean admits = payload == null ? null : ADMITS.get(payload.getClass().getSimpleName());
        if (admits == null || !payload.getClass().isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals("attendeeId")) {
                return attendeeId(read(component, payload)).map(id -> new Admission(id, admits));
            }
        }
        return Optional.empty();
    }

    private static Object read(RecordComponent component, Object payload) {
        try {
            var accessor = component.getAccessor();
            accessor.trySetAccessible();
            return accessor.invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read attendeeId of " + payload.getClass().getName(), e);
        }
    }

    private static Optional<UUID> attendeeId(Object value) {
        return switch (value) {
            case AttendeeId id -> Optional.of(id.value());
            case UUID id -> Optional.of(id);
            case String text -> Optional.of(UUID.fromString(text));
            case null, default -> Optional.empty();
        };
    }
}
