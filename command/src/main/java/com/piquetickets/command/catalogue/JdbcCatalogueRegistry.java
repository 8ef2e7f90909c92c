package com.piquetickets.command.catalogue;

import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.common.Slug;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The catalogue registry in the {@code catalogue_entry} table (Flyway {@code V2__catalogue_registry.sql}, and
 * {@code V8_1__catalogue_charges_enabled.sql} and {@code V12__catalogue_payout_account.sql} for the producers' charges
 * flag and connected account). It uses the
 * application's DataSource through {@link JdbcTemplate}, so it joins the transaction in which the command's events are
 * appended. The unique constraint on (kind, slug) is the final arbiter between concurrent claims.
 */
@Component
public class JdbcCatalogueRegistry implements CatalogueRegistry {

    private final JdbcTemplate jdbc;

    public JdbcCatalogueRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Slug register(CatalogueKind kind, UUID id, String name, Slug requestedSlug) {
        if (exists(kind, id)) {
            throw new RuleViolationException(kind.code() + "-exists",
                    "a " + kind.code() + " with id " + id + " already exists; update it instead");
        }
        Slug slug = requestedSlug != null ? requireFree(kind, id, requestedSlug) : firstFree(kind, Slug.fromName(name));
        try {
            jdbc.update("insert into catalogue_entry (kind, id, slug, active) values (?, ?, ?, ?)",
                    kind.code(), id, slug.value(), true);
        } catch (DuplicateKeyException e) {
            throw SlugClaims.taken(kind, slug);
        }
        return slug;
    }

    @Override
    public void changeSlug(CatalogueKind kind, UUID id, Slug slug) {
        requireFree(kind, id, slug);
        try {
            jdbc.update("update catalogue_entry set slug = ? where kind = ? and id = ?", slug.value(), kind.code(), id);
        } catch (DuplicateKeyException e) {
            throw SlugClaims.taken(kind, slug);
        }
    }

    @Override
    public void deactivate(CatalogueKind kind, UUID id) {
        jdbc.update("update catalogue_entry set active = ? where kind = ? and id = ?", false, kind.code(), id);
    }

    @Override
    public boolean exists(CatalogueKind kind, UUID id) {
        return !activeFlags(kind, id).isEmpty();
    }

    @Override
    public boolean isActive(CatalogueKind kind, UUID id) {
        List<Boolean> flags = activeFlags(kind, id);
        return !flags.isEmpty() && Boolean.TRUE.equals(flags.getFirst());
    }

    @Override
    public void recordChargesEnabled(UUID producerId, boolean enabled) {
        jdbc.update("update catalogue_entry set charges_enabled = ? where kind = ? and id = ?", enabled,
                CatalogueKind.PRODUCER.code(), producerId);
    }

    @Override
    public boolean chargesEnabled(UUID producerId) {
        List<Boolean> flags = jdbc.queryForList("select charges_enabled from catalogue_entry where kind = ? and id = ?",
                Boolean.class, CatalogueKind.PRODUCER.code(), producerId);
        return !flags.isEmpty() && Boolean.TRUE.equals(flags.getFirst());
    }

    @Override
    public void recordPayoutAccount(UUID producerId, String stripeAccountId) {
        jdbc.update("update catalogue_entry set payout_account = ? where kind = ? and id = ?", stripeAccountId,
                CatalogueKind.PRODUCER.code(), producerId);
    }

    @Override
    public Optional<String> payoutAccount(UUID producerId) {
        return jdbc.queryForList("select payout_account from catalogue_entry where kind = ? and id = ? and charges_enabled",
                String.class, CatalogueKind.PRODUCER.code(), producerId).stream().filter(Objects::nonNull).findFirst();
    }

    private List<Boolean> activeFlags(CatalogueKind kind, UUID id) {
        return jdbc.queryForList("select active from catalogue_entry where kind = ? and id = ?", Boolean.class, kind.code(), id);
    }

    private Slug requireFree(CatalogueKind kind, UUID id, Slug slug) {
        List<UUID> owners = jdbc.queryForList("select id from catalogue_entry where kind = ? and slug = ?",
                UUID.class, kind.code(), slug.value());
        if (!owners.isEmpty() && !owners.getFirst().equals(id)) {
            throw SlugClaims.taken(kind, slug);
        }
        return slug;
    }

    private Slug firstFree(CatalogueKind kind, Slug base) {
        List<String> taken = jdbc.queryForList(
                "select slug from catalogue_entry where kind = ? and (slug = ? or slug like ?)",
                String.class, kind.code(), base.value(), base.value() + "-%");
        return SlugClaims.firstFree(base, new HashSet<>(taken));
    }
}
