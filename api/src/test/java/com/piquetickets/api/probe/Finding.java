package com.piquetickets.api.probe;

/** One thing found wrong: what kind, where (operation, slot, value, caller), the status, and what exactly. */
record Finding(Kind kind, String operation, String slot, String value, String caller, int status, String what) {

    enum Kind {
        SERVER_ERROR("5xx answers"),
        NOT_A_PROBLEM_DOCUMENT("error answers that are not application/problem+json"),
        PROBLEM_WITHOUT_DETAIL("problem documents without a detail"),
        MISSING_SECURITY_HEADERS("error answers without X-Content-Type-Options: nosniff or Cache-Control"),
        DETAIL_LEAKS_INTERNALS("details that quote framework internals"),
        ACCEPTED_CONTROL_CHARACTER("writes that accepted a control character"),
        ACCEPTED_INVALID_TEXT("writes that accepted a lone surrogate or bytes that are not UTF-8"),
        ACCEPTED_FORBIDDEN_VALUE("values the document forbids, accepted (2xx)"),
        UNKNOWN_ID_ANSWERED("ids that name nothing, answered 2xx instead of 404"),
        NO_ANSWER("requests without an answer"),
        SLOW_ANSWER("answers slower than 3 s"),
        EVENTS_FROM_REFUSED_REQUEST("refused requests that wrote events"),
        READ_MODEL_NOT_LIVE("the read model after the sweep"),
        NOT_SENT("cases the sweep could not send within its time budget");

        final String title;

        Kind(String title) {
            this.title = title;
        }
    }

    static Finding of(Kind kind, ProbeCase probe, int status, String what) {
        return new Finding(kind, probe.operation().key(), probe.slotLabel(), probe.valueLabel(),
                probe.caller().name().toLowerCase(), status, what);
    }

    /** A finding about the service as a whole, not one request. */
    static Finding overall(Kind kind, String what) {
        return new Finding(kind, "-", "-", "-", "-", 0, what);
    }
}
