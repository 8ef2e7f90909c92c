package com.piquetickets.api.history;

import java.time.Instant;
import java.util.List;

/**
 * What an export reads: events after {@code after} (a global index, exclusive) of these payload classes (all when
 * empty), of this aggregate type and id, of these aggregates (a show's own, its orders' and its tickets'; null for
 * any), stamped in {@code [from, to)}, at most {@code limit} of them.
 */
record ExportFilter(long after, List<String> payloadTypes, String aggregateType, String aggregateId,
                    List<String> aggregateIds, Instant from, Instant to, Long limit, boolean personal) {

    ExportFilter {
        payloadTypes = payloadTypes == null ? List.of() : List.copyOf(payloadTypes);
        aggregateIds = aggregateIds == null ? null : List.copyOf(aggregateIds);
    }

    boolean covers(Instant timestamp) {
        return (from == null || !timestamp.isBefore(from)) && (to == null || timestamp.isBefore(to));
    }
}
