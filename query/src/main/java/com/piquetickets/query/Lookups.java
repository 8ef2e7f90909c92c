package com.piquetickets.query;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Finding one catalogue entry by "id or slug": a string that parses as a UUID is tried as the id first, then as a slug. */
public final class Lookups {

    private Lookups() {
    }

    public static <T> Optional<T> byIdOrSlug(String idOrSlug, Function<UUID, Optional<T>> byId,
                                             Function<String, Optional<T>> bySlug) {
        if (idOrSlug == null || idOrSlug.isBlank()) {
            return Optional.empty();
        }
        String key = idOrSlug.trim();
        return asUuid(key).flatMap(byId).or(() -> bySlug.apply(key));
    }

    /** The UUID this string spells, or empty. */
    public static Optional<UUID> asUuid(String value) {
        if (value == null || value.length() != 36) { // UUID.fromString also accepts short forms such as "1-1-1-1-1"
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
