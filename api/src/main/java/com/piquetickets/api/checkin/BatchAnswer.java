package com.piquetickets.api.checkin;

import com.piquetickets.domain.attendee.ScanResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The answer to an offline upload: one answer per scan, in the order sent, and how many of each result. */
record BatchAnswer(int received, Map<ScanResult, Long> counts, List<ScanAnswer> results) {

    static BatchAnswer of(List<ScanAnswer> results) {
        return new BatchAnswer(results.size(), results.stream()
                .collect(Collectors.groupingBy(ScanAnswer::result, TreeMap::new, Collectors.counting())), List.copyOf(results));
    }
}
