package com.piquetickets.command.catalogue;

import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.common.Slug;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The catalogue registry in memory, for aggregate tests (register it as an injectable resource of the fixture). */
public class InMemoryCatalogueRegistry implements CatalogueRegistry {

    private record Key(CatalogueKind kind, UUID id) {
    }

    private record Entry(Slug slug, boolean active) {
    }

    private final Map<Key, Entry> entries = new HashMap<>();
    private final Set<UUID> chargesEnabled = new HashSet<>();
    private final Map<UUID, String> payoutAccounts = new HashMap<>();

    @Override
    public Slug register(CatalogueKind kind, UUID id, String name, Slug requestedSlug) {
        if (exists(kind, id)) {
            throw new RuleViolationException(kind.code() + "-exists", "a " + kind.code() + " with id " + id + " already exists");
        }
        Slug slug = requestedSlug != null ? requireFree(kind, id, requestedSlug)
                : SlugClaims.firstFree(Slug.fromName(name), takenSlugs(kind));
        entries.put(new Key(kind, id), new Entry(slug, true));
        return slug;
    }

    @Override
    public void changeSlug(CatalogueKind kind, UUID id, Slug slug) {
        requireFree(kind, id, slug);
        entries.computeIfPresent(new Key(kind, id), (key, entry) -> new Entry(slug, entry.active()));
    }

    @Override
    public void deactivate(CatalogueKind kind, UUID id) {
        entries.computeIfPresent(new Key(kind, id), (key, entry) -> new Entry(entry.slug(), false));
    }

    @Override
    public boolean exists(CatalogueKind kind, UUID id) {
        return entries.containsKey(new Key(kind, id));
    }

    @Override
    public boolean isActive(CatalogueKind kind, UUID id) {
        Entry entry = entries.get(new Key(kind, id));
        return entry != null && entry.active();
    }

    @Override
    public void recordChargesEnabled(UUID producerId, boolean enabled) {
        if (!exists(CatalogueKind.PRODUCER, producerId)) {
            return;
        }
        if (enabled) {
            chargesEnabled.add(producerId);
        } else {
            chargesEnabled.remove(producerId);
        }
    }

    @Override
    public boolean chargesEnabled(UUID producerId) {
        return chargesEnabled.contains(producerId);
    }

    @Override
    public void recordPayoutAccount(UUID producerId, String stripeAccountId) {
        if (exists(CatalogueKind.PRODUCER, producerId)) {
            payoutAccounts.put(producerId, stripeAccountId);
        }
    }

    @Override
    public Optional<String> payoutAccount(UUID producerId) {
        return chargesEnabled(producerId) ? Optional.ofNullable(payoutAccounts.get(producerId)) : Optional.empty();
    }

    /** Test set-up: an entry that exists under a slug, active or not. */
    public InMemoryCatalogueRegistry with(CatalogueKind kind, UUID id, String slug, boolean active) {
        entries.put(new Key(kind, id), new Entry(new Slug(slug), active));
        return this;
    }

    /** The slug an entry holds, or null. */
    public Slug slugOf(CatalogueKind kind, UUID id) {
        Entry entry = entries.get(new Key(kind, id));
        return entry == null ? null : entry.slug();
    }

    private Slug requireFree(CatalogueKind kind, UUID id, Slug slug) {
        entries.forEach((key, entry) -> {
            if (key.kind() == kind && entry.slug().equals(slug) && !Objects.equals(key.id(), id)) {
                throw SlugClaims.taken(kind, slug);
            }
        });
        return slug;
    }

    private Set<String> takenSlugs(CatalogueKind kind) {
        Set<String> taken = new HashSet<>();
        entries.forEach((key, entry) -> {
            if (key.kind() == kind) {
                taken.add(entry.slug().value());
            }
        });
        return taken;
    }
}
