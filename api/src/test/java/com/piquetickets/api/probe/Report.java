package com.piquetickets.api.probe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The findings of a sweep, grouped for reading: by kind, then by what went wrong (status, what, value), each group
 * naming the operations and slots it happened at. {@link #full()} lists every finding once (callers merged);
 * {@link #summary(int)} is the same grouping cut to a size that fits a test failure.
 */
final class Report {

    private final Map<Finding, Set<String>> callers = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    void add(Finding finding) {
        Finding withoutCaller = new Finding(finding.kind(), finding.operation(), finding.slot(), finding.value(), "",
                finding.status(), finding.what());
        callers.computeIfAbsent(withoutCaller, key -> new LinkedHashSet<>()).add(finding.caller());
    }

    void addAll(List<Finding> findings) {
        findings.forEach(this::add);
    }

    /** Something worth knowing that is not a finding (which baselines were refused, what was not sent). */
    void note(String note) {
        notes.add(note);
    }

    boolean isEmpty() {
        return callers.isEmpty();
    }

    int size() {
        return callers.size();
    }

    Map<Finding.Kind, Integer> counts() {
        Map<Finding.Kind, Integer> counts = new EnumMap<>(Finding.Kind.class);
        callers.keySet().forEach(finding -> counts.merge(finding.kind(), 1, Integer::sum));
        return counts;
    }

    /** Every finding, one a line: kind | operation | slot | value | status | what | callers. */
    String full() {
        StringBuilder text = new StringBuilder();
        callers.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Finding::kind)
                        .thenComparing(Finding::operation).thenComparing(Finding::slot).thenComparing(Finding::value)))
                .forEach(entry -> {
                    Finding f = entry.getKey();
                    text.append(String.join(" | ", f.kind().name(), f.operation(), f.slot(), f.value(),
                            String.valueOf(f.status()), f.what(), String.join("+", entry.getValue()))).append('\n');
                });
        notes.forEach(note -> text.append("NOTE | ").append(note).append('\n'));
        return text.toString();
    }

    /** Grouped by kind, then by (status, what, value), each group with the places it happened; cut at maxChars. */
    String summary(int maxChars) {
        StringBuilder text = new StringBuilder();
        Map<Finding.Kind, Map<String, List<String>>> grouped = new EnumMap<>(Finding.Kind.class);
        for (Finding f : callers.keySet()) {
            String group = (f.status() == 0 ? "" : f.status() + " ") + f.what()
                    + (f.value().equals("-") ? "" : "  <-  " + f.value());
            String place = f.operation().equals("-") ? "" : f.operation() + " " + f.slot();
            grouped.computeIfAbsent(f.kind(), kind -> new TreeMap<>()).computeIfAbsent(group, g -> new ArrayList<>())
                    .add(place);
        }
        grouped.forEach((kind, groups) -> {
            int count = groups.values().stream().mapToInt(List::size).sum();
            text.append("\n== ").append(kind.title).append(" (").append(count).append(")\n");
            groups.forEach((group, places) -> {
                text.append("  ").append(group);
                List<String> named = places.stream().filter(place -> !place.isEmpty()).sorted().toList();
                if (!named.isEmpty()) {
                    text.append("\n      at ").append(String.join("; ", named.subList(0, Math.min(8, named.size()))));
                    if (named.size() > 8) {
                        text.append("; and ").append(named.size() - 8).append(" more");
                    }
                }
                text.append('\n');
            });
        });
        if (text.length() > maxChars) {
            return text.substring(0, maxChars) + "\n... (cut; the whole report is in the file named above)\n";
        }
        return text.toString();
    }

    List<String> notes() {
        return notes;
    }
}
