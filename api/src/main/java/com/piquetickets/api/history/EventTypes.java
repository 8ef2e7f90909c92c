package com.piquetickets.api.history;

import com.piquetickets.domain.common.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.serialization.Revision;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/** The event classes of the domain (every event carries a {@link Revision}), by their simple names. */
@Component
class EventTypes {

    private final Map<String, String> classBySimpleName = new TreeMap<>();

    EventTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        scanner.findCandidateComponents("com.piquetickets.domain").forEach(candidate -> {
            String name = candidate.getBeanClassName();
            classBySimpleName.put(HistoryReader.simpleName(name), name);
        });
    }

    /** The stored payload type names for these simple names (or full class names); an unknown one is a 400. */
    List<String> storedNames(List<String> names) {
        List<String> stored = new ArrayList<>();
        for (String name : names) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String found = classBySimpleName.containsKey(trimmed) ? classBySimpleName.get(trimmed)
                    : classBySimpleName.containsValue(trimmed) ? trimmed : null;
            if (found == null) {
                throw new InvalidInputException("type", "no event type named '" + trimmed
                        + "' (GET /api/events/types lists them)");
            }
            stored.add(found);
        }
        return stored;
    }
}
