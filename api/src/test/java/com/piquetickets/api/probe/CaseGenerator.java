package com.piquetickets.api.probe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Every case of the sweep: for each operation and caller, the baseline, then each slot with each value that fits it,
 * the headers every request carries, and the hostile request targets. Cases that may poison a projection go last.
 */
final class CaseGenerator {

    private static final List<Slot> EVERY_REQUEST_HEADERS = List.of(
            Slot.header("User-Agent", JsonNodeFactory.instance.objectNode().put("type", "string")),
            Slot.header("X-Correlation-Id", JsonNodeFactory.instance.objectNode().put("type", "string")));

    private final Slots slots;

    CaseGenerator(ApiDocument document) {
        this.slots = new Slots(document);
    }

    List<ProbeCase> cases(List<ApiDocument.Operation> operations) {
        List<ProbeCase> cases = new ArrayList<>();
        for (ApiDocument.Operation operation : operations) {
            for (ProbeCase.Caller caller : ProbeCase.Caller.values()) {
                if (caller == ProbeCase.Caller.STAFF && PathParameters.isStream(operation)) {
                    continue;
                }
                cases.add(ProbeCase.baseline(operation, caller));
                for (Slot slot : slots.of(operation)) {
                    List<Hostile> values = slot.place() == Slot.Place.BODY ? BodyValues.of(operation.body())
                            : HostileValues.forSlot(slot);
                    values.forEach(value -> cases.add(new ProbeCase(operation, caller, slot, value)));
                }
                for (Slot header : EVERY_REQUEST_HEADERS) {
                    HostileValues.forEveryHeader().forEach(value -> cases.add(new ProbeCase(operation, caller, header, value)));
                }
                PathProbes.RAW_SEGMENTS.forEach(value -> cases.add(new ProbeCase(operation, caller, PathProbes.URL, value)));
                cases.add(new ProbeCase(operation, caller, PathProbes.URL, PathProbes.LONG_URL));
                cases.add(new ProbeCase(operation, caller, PathProbes.LONG_HEADER, PathProbes.LONG_HEADER_VALUE));
            }
        }
        cases.sort(Comparator.comparing(ProbeCase::mayPoison));
        return cases;
    }
}
