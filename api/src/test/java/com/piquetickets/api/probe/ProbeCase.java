package com.piquetickets.api.probe;

/** One request of the sweep: an operation, who calls it, and the hostile value in one slot (none: the baseline). */
record ProbeCase(ApiDocument.Operation operation, Caller caller, Slot slot, Hostile value) {

    enum Caller { ANONYMOUS, STAFF }

    static ProbeCase baseline(ApiDocument.Operation operation, Caller caller) {
        return new ProbeCase(operation, caller, null, null);
    }

    boolean isBaseline() {
        return slot == null;
    }

    String slotLabel() {
        return slot == null ? "-" : slot.label();
    }

    String valueLabel() {
        return value == null ? "baseline" : value.label();
    }

    /**
     * A NUL headed for a body: what stopped projections for good when the database refused to store it. Such cases
     * are sent last, so that a projection they stop cannot hide what the other cases would have found.
     */
    boolean mayPoison() {
        return value != null && value.label().startsWith("NUL")
                && (slot.place() == Slot.Place.FIELD || slot.place() == Slot.Place.BODY);
    }
}
