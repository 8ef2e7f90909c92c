package com.piquetickets.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.common.Slug;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every catalogue registry does, run against each implementation. */
abstract class CatalogueRegistryContract {

    abstract CatalogueRegistry registry();

    @Test
    void slugIsDerivedFromTheName() {
        assertThat(registry().register(CatalogueKind.VENUE, UUID.randomUUID(), "Café Müller", null))
                .isEqualTo(new Slug("cafe-muller"));
    }

    @Test
    void generatedSlugTakesTheFirstFreeSuffix() {
        CatalogueRegistry registry = registry();
        registry.register(CatalogueKind.VENUE, UUID.randomUUID(), "The Hall", null);
        registry.register(CatalogueKind.VENUE, UUID.randomUUID(), "The Hall", null);

        assertThat(registry.register(CatalogueKind.VENUE, UUID.randomUUID(), "The Hall", null)).isEqualTo(new Slug("the-hall-3"));
    }

    @Test
    void slugsAreUniquePerKindOnly() {
        CatalogueRegistry registry = registry();
        registry.register(CatalogueKind.VENUE, UUID.randomUUID(), "Blue Moon", null);

        assertThat(registry.register(CatalogueKind.PERFORMER, UUID.randomUUID(), "Blue Moon", null)).isEqualTo(new Slug("blue-moon"));
    }

    @Test
    void requestedSlugTakenByAnotherEntryIsRefused() {
        CatalogueRegistry registry = registry();
        registry.register(CatalogueKind.SHOW, UUID.randomUUID(), "Opening Night", null);

        assertThatThrownBy(() -> registry.register(CatalogueKind.SHOW, UUID.randomUUID(), "Other", new Slug("opening-night")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("slug-taken"));
    }

    @Test
    void changingTheSlugReleasesTheOldOne() {
        CatalogueRegistry registry = registry();
        UUID first = UUID.randomUUID();
        registry.register(CatalogueKind.PRODUCER, first, "Night Owls", null);
        registry.changeSlug(CatalogueKind.PRODUCER, first, new Slug("owls"));

        assertThat(registry.register(CatalogueKind.PRODUCER, UUID.randomUUID(), "Night Owls", null)).isEqualTo(new Slug("night-owls"));
    }

    @Test
    void changingToASlugOfAnotherEntryIsRefused() {
        CatalogueRegistry registry = registry();
        registry.register(CatalogueKind.PRODUCER, UUID.randomUUID(), "Night Owls", null);
        UUID second = UUID.randomUUID();
        registry.register(CatalogueKind.PRODUCER, second, "Early Birds", null);

        assertThatThrownBy(() -> registry.changeSlug(CatalogueKind.PRODUCER, second, new Slug("night-owls")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("slug-taken"));
    }

    @Test
    void keepingItsOwnSlugIsAllowed() {
        CatalogueRegistry registry = registry();
        UUID id = UUID.randomUUID();
        registry.register(CatalogueKind.PERFORMER, id, "Solo", null);

        registry.changeSlug(CatalogueKind.PERFORMER, id, new Slug("solo"));

        assertThat(registry.exists(CatalogueKind.PERFORMER, id)).isTrue();
    }

    @Test
    void registeredEntriesExistAndAreActiveUntilDeactivated() {
        CatalogueRegistry registry = registry();
        UUID id = UUID.randomUUID();
        assertThat(registry.exists(CatalogueKind.VENUE, id)).isFalse();
        assertThat(registry.isActive(CatalogueKind.VENUE, id)).isFalse();

        registry.register(CatalogueKind.VENUE, id, "Arena", null);
        assertThat(registry.isActive(CatalogueKind.VENUE, id)).isTrue();

        registry.deactivate(CatalogueKind.VENUE, id);
        assertThat(registry.exists(CatalogueKind.VENUE, id)).isTrue();
        assertThat(registry.isActive(CatalogueKind.VENUE, id)).isFalse();
    }

    @Test
    void deactivatedEntriesKeepTheirSlug() {
        CatalogueRegistry registry = registry();
        UUID id = UUID.randomUUID();
        registry.register(CatalogueKind.VENUE, id, "Old Barn", null);
        registry.deactivate(CatalogueKind.VENUE, id);

        assertThat(registry.register(CatalogueKind.VENUE, UUID.randomUUID(), "Old Barn", null)).isEqualTo(new Slug("old-barn-2"));
    }

    @Test
    void anIdIsRegisteredOnce() {
        CatalogueRegistry registry = registry();
        UUID id = UUID.randomUUID();
        registry.register(CatalogueKind.SHOW, id, "Twice", null);

        assertThatThrownBy(() -> registry.register(CatalogueKind.SHOW, id, "Twice", null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("show-exists"));
    }

    @Test
    void aProducerTakesChargesOnlyOnceRecordedSo() {
        CatalogueRegistry registry = registry();
        UUID producer = UUID.randomUUID();
        registry.register(CatalogueKind.PRODUCER, producer, "Card Payments", null);
        assertThat(registry.chargesEnabled(producer)).isFalse();

        registry.recordChargesEnabled(producer, true);
        assertThat(registry.chargesEnabled(producer)).isTrue();

        registry.recordChargesEnabled(producer, false);
        assertThat(registry.chargesEnabled(producer)).isFalse();
    }

    @Test
    void chargesOfAnUnknownProducerAreNeverEnabled() {
        CatalogueRegistry registry = registry();
        UUID unknown = UUID.randomUUID();

        registry.recordChargesEnabled(unknown, true);

        assertThat(registry.chargesEnabled(unknown)).isFalse();
        assertThat(registry.exists(CatalogueKind.PRODUCER, unknown)).isFalse();
    }

    @Test
    void chargesAreAFlagOfProducersOnly() {
        CatalogueRegistry registry = registry();
        UUID id = UUID.randomUUID();
        registry.register(CatalogueKind.VENUE, id, "Not A Producer", null);

        registry.recordChargesEnabled(id, true);

        assertThat(registry.chargesEnabled(id)).isFalse();
    }

    @Test
    void cardPaymentsGoToTheRecordedAccountWhileItTakesCharges() {
        CatalogueRegistry registry = registry();
        UUID producer = UUID.randomUUID();
        registry.register(CatalogueKind.PRODUCER, producer, "Payouts", null);
        registry.recordPayoutAccount(producer, "acct_payouts");
        assertThat(registry.payoutAccount(producer)).isEmpty();

        registry.recordChargesEnabled(producer, true);
        assertThat(registry.payoutAccount(producer)).contains("acct_payouts");

        registry.recordChargesEnabled(producer, false);
        assertThat(registry.payoutAccount(producer)).isEmpty();
    }

    @Test
    void producerWithoutAnAccountHasNoPayoutAccount() {
        CatalogueRegistry registry = registry();
        UUID producer = UUID.randomUUID();
        registry.register(CatalogueKind.PRODUCER, producer, "No Account", null);
        registry.recordChargesEnabled(producer, true);

        assertThat(registry.payoutAccount(producer)).isEmpty();
    }

    @Test
    void payoutAccountOfAnUnknownProducerIsNotRecorded() {
        CatalogueRegistry registry = registry();
        UUID unknown = UUID.randomUUID();

        registry.recordPayoutAccount(unknown, "acct_nobody");
        registry.recordChargesEnabled(unknown, true);

        assertThat(registry.payoutAccount(unknown)).isEmpty();
    }
}
