package com.piquetickets.command.show;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static com.piquetickets.command.common.DomainFailures.notFound;
import static com.piquetickets.command.common.DomainFailures.ruleViolation;
import static com.piquetickets.command.show.ShowFixtures.GENERAL;
import static com.piquetickets.command.show.ShowFixtures.SHOW;
import static com.piquetickets.command.show.ShowFixtures.VIP;
import static com.piquetickets.command.show.ShowFixtures.created;
import static com.piquetickets.command.show.ShowFixtures.generalAdmissionAdded;

import com.piquetickets.domain.show.AddPromoCodeCommand;
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.PromoCodeAddedEvent;
import com.piquetickets.domain.show.PromoCodeRemovedEvent;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.RemovePromoCodeCommand;
import com.piquetickets.domain.show.ShowDeletedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Promo codes of a show. */
class PromoCodeTest {

    private static final PromoCodeSpec EARLY_BIRD = percent("EarlyBird", "20");

    private FixtureConfiguration<Show> fixture;

    @BeforeEach
    void setUp() {
        fixture = ShowFixtures.fixture(ShowFixtures.registry());
    }

    @Test
    void promoCodeIsAddedAsSpelled() {
        PromoCodeSpec spec = new PromoCodeSpec("EarlyBird", DiscountKind.PERCENTAGE, new BigDecimal("12.5"), 100,
                Instant.parse("2030-04-01T00:00:00Z"), Instant.parse("2030-05-01T00:00:00Z"), Set.of(GENERAL));

        fixture.given(created(), generalAdmissionAdded())
                .when(new AddPromoCodeCommand(SHOW, spec))
                .expectEvents(new PromoCodeAddedEvent(SHOW, spec));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB", "ThisCodeIsLongerThanThirtyTwoChars", "SPRING 20", "20%OFF", "ÉTÉ2030"})
    void codeIsThreeTo32LettersDigitsUnderscoresOrHyphens(String code) {
        add(percent(code, "10")).expectException(invalidInput("code"));
    }

    @Test
    void promoCodesAreUniqueIgnoringCase() {
        fixture.given(created(), new PromoCodeAddedEvent(SHOW, EARLY_BIRD))
                .when(new AddPromoCodeCommand(SHOW, percent("EARLYBIRD", "10")))
                .expectException(ruleViolation("promo-code-taken"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "100.01"})
    void percentageIsMoreThanZeroAndAtMost100(String value) {
        add(percent("SPRING", value)).expectException(invalidInput("value"));
    }

    @Test
    void fixedAmountIsMoreThanZero() {
        add(fixed("0.00")).expectException(invalidInput("value"));
    }

    @Test
    void fixedAmountHasAtMostTwoDecimals() {
        add(fixed("2.505")).expectException(invalidInput("value"));
    }

    @Test
    void discountKindIsRequired() {
        add(new PromoCodeSpec("SPRING", null, BigDecimal.TEN, null, null, null, null)).expectException(invalidInput("kind"));
    }

    @Test
    void maxUsesIsAtLeastOneWhenGiven() {
        add(new PromoCodeSpec("SPRING", DiscountKind.PERCENTAGE, BigDecimal.TEN, 0, null, null, null))
                .expectException(invalidInput("maxUses"));
    }

    @Test
    void validityWindowEndsAfterItStarts() {
        Instant at = Instant.parse("2030-04-01T00:00:00Z");

        add(new PromoCodeSpec("SPRING", DiscountKind.PERCENTAGE, BigDecimal.TEN, null, at, at, null))
                .expectException(invalidInput("validUntil"));
    }

    @Test
    void promoCodeTicketTypesMustBelongToTheShow() {
        fixture.given(created(), generalAdmissionAdded())
                .when(new AddPromoCodeCommand(SHOW, new PromoCodeSpec("VIPONLY", DiscountKind.PERCENTAGE, BigDecimal.TEN,
                        null, null, null, Set.of(GENERAL, VIP))))
                .expectException(notFound("ticket-type", "ticketTypeIds"));
    }

    @Test
    void promoCodeIsRemovedByCodeIgnoringCase() {
        fixture.given(created(), new PromoCodeAddedEvent(SHOW, EARLY_BIRD))
                .when(new RemovePromoCodeCommand(SHOW, "earlybird"))
                .expectEvents(new PromoCodeRemovedEvent(SHOW, "EarlyBird"));
    }

    @Test
    void removingAnUnknownPromoCodeIsNotFound() {
        fixture.given(created())
                .when(new RemovePromoCodeCommand(SHOW, "NOPE"))
                .expectException(notFound("promo-code", null));
    }

    @Test
    void aRemovedCodeCanBeAddedAgain() {
        fixture.given(created(), new PromoCodeAddedEvent(SHOW, EARLY_BIRD), new PromoCodeRemovedEvent(SHOW, "EarlyBird"))
                .when(new AddPromoCodeCommand(SHOW, percent("EARLYBIRD", "15")))
                .expectEvents(new PromoCodeAddedEvent(SHOW, percent("EARLYBIRD", "15")));
    }

    @Test
    void promoCodesOfADeletedShowCannotChange() {
        fixture.given(created(), new ShowDeletedEvent(SHOW))
                .when(new AddPromoCodeCommand(SHOW, EARLY_BIRD))
                .expectException(ruleViolation("show-deleted"));
    }

    private ResultValidator<Show> add(PromoCodeSpec spec) {
        return fixture.given(created()).when(new AddPromoCodeCommand(SHOW, spec));
    }

    private static PromoCodeSpec percent(String code, String value) {
        return new PromoCodeSpec(code, DiscountKind.PERCENTAGE, new BigDecimal(value), null, null, null, null);
    }

    private static PromoCodeSpec fixed(String value) {
        return new PromoCodeSpec("TENOFF", DiscountKind.FIXED_AMOUNT, new BigDecimal(value), null, null, null, null);
    }
}
