package com.piquetickets.command.catalogue;

import com.piquetickets.domain.common.Slug;
import java.util.Optional;
import java.util.UUID;

/**
 * Set-based facts of the write side that no single aggregate can decide: which slug belongs to which entry (slugs are
 * unique per kind), which venues, producers, performers and shows exist and are active, which producers can take
 * card payments (charges enabled on their Stripe connected account), and which account their card payments go to.
 * <p>
 * Command handlers take it as a parameter; it writes in the transaction of the command, so a command that fails
 * releases what it claimed, and of two concurrent claims of one slug only one commits.
 */
public interface CatalogueRegistry {

    /**
     * Records a new, active entry and claims its slug: {@code requestedSlug} when given (taken by another entry:
     * {@code RuleViolationException} {@code slug-taken}), otherwise the first free of the name's slug, slug-2, slug-3...
     *
     * @return the slug claimed
     */
    Slug register(CatalogueKind kind, UUID id, String name, Slug requestedSlug);

    /** Moves an entry to {@code slug}, releasing its old one; a slug of another entry of the kind is {@code slug-taken}. */
    void changeSlug(CatalogueKind kind, UUID id, Slug slug);

    /** Marks an entry inactive (deactivated venue or producer, deleted show); its slug stays claimed. */
    void deactivate(CatalogueKind kind, UUID id);

    boolean exists(CatalogueKind kind, UUID id);

    boolean isActive(CatalogueKind kind, UUID id);

    /** Records whether a producer's Stripe connected account can take charges; an unknown producer is left alone. */
    void recordChargesEnabled(UUID producerId, boolean enabled);

    /** Whether a producer's connected account can take charges; false for a producer without one or unknown. */
    boolean chargesEnabled(UUID producerId);

    /** Records the Stripe connected account of a producer; an unknown producer is left alone. */
    void recordPayoutAccount(UUID producerId, String stripeAccountId);

    /**
     * The connected account a producer's card payments go to: the one recorded, while its charges are enabled; empty
     * otherwise (the money then goes to the platform's account).
     */
    Optional<String> payoutAccount(UUID producerId);
}
