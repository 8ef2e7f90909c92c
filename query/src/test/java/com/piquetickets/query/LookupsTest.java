package com.piquetickets.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LookupsTest {

    private static final UUID ID = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private final Map<UUID, String> byId = Map.of(ID, "by id");
    private final Map<String, String> bySlug = Map.of("summer-show", "by slug", ID.toString(), "slug that looks like an id");

    private Optional<String> find(String idOrSlug) {
        return Lookups.byIdOrSlug(idOrSlug, id -> Optional.ofNullable(byId.get(id)),
                slug -> Optional.ofNullable(bySlug.get(slug)));
    }

    @Test
    void aUuidIsTriedAsIdFirst() {
        assertThat(find(ID.toString())).contains("by id");
    }

    @Test
    void aUuidThatIsNoIdIsTriedAsSlug() {
        UUID other = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertThat(Lookups.byIdOrSlug(other.toString(), id -> Optional.empty(),
                slug -> Optional.of("slug " + slug))).contains("slug " + other);
    }

    @Test
    void anythingElseIsASlug() {
        assertThat(find("summer-show")).contains("by slug");
        assertThat(find("1-1-1-1-1")).as("a short UUID form is not an id").isEmpty();
    }

    @Test
    void blankFindsNothing() {
        assertThat(find(" ")).isEmpty();
        assertThat(find(null)).isEmpty();
    }
}
