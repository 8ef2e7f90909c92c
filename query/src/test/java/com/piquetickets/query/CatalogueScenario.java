package com.piquetickets.query;

import static com.piquetickets.query.ReadModelHarness.pageOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.common.PageRequest;
import com.piquetickets.domain.common.PageResult;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.featured.FeaturedShows;
import com.piquetickets.domain.featured.FeaturedShowsSetEvent;
import com.piquetickets.domain.featured.FindFeaturedShowsQuery;
import com.piquetickets.domain.performer.FindPerformerQuery;
import com.piquetickets.domain.performer.FindPerformersQuery;
import com.piquetickets.domain.performer.PerformerCreatedEvent;
import com.piquetickets.domain.performer.PerformerDetails;
import com.piquetickets.domain.performer.PerformerId;
import com.piquetickets.domain.performer.PerformerSlugChangedEvent;
import com.piquetickets.domain.performer.PerformerUpdatedEvent;
import com.piquetickets.domain.performer.PerformerView;
import com.piquetickets.domain.producer.ConnectedAccountCreatedEvent;
import com.piquetickets.domain.producer.ConnectedAccountOnboardingLinkIssuedEvent;
import com.piquetickets.domain.producer.ConnectedAccountStatusUpdatedEvent;
import com.piquetickets.domain.producer.FindProducerByConnectedAccountQuery;
import com.piquetickets.domain.producer.FindProducerFinancialQuery;
import com.piquetickets.domain.producer.FindProducerQuery;
import com.piquetickets.domain.producer.ProducerFinancialView;
import com.piquetickets.domain.producer.FindProducersQuery;
import com.piquetickets.domain.producer.ProducerCreatedEvent;
import com.piquetickets.domain.producer.ProducerDeactivatedEvent;
import com.piquetickets.domain.producer.ProducerDetails;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.producer.ProducerView;
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.FindShowCurrencyQuery;
import com.piquetickets.domain.show.FindShowQuery;
import com.piquetickets.domain.show.FindShowsQuery;
import com.piquetickets.domain.show.PromoCodeAddedEvent;
import com.piquetickets.domain.show.PromoCodeRemovedEvent;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.PromoCodeView;
import com.piquetickets.domain.show.ShowCancelledEvent;
import com.piquetickets.domain.show.ShowDeletedEvent;
import com.piquetickets.domain.show.ShowDetails;
import com.piquetickets.domain.show.ShowDetailsUpdatedEvent;
import com.piquetickets.domain.show.ShowDraftCreatedEvent;
import com.piquetickets.domain.show.ShowFilter;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.ShowPerformer;
import com.piquetickets.domain.show.ShowPerformersSetEvent;
import com.piquetickets.domain.show.ShowPublishedEvent;
import com.piquetickets.domain.show.ShowSlugChangedEvent;
import com.piquetickets.domain.show.ShowStatus;
import com.piquetickets.domain.show.ShowSummary;
import com.piquetickets.domain.show.ShowVenue;
import com.piquetickets.domain.show.ShowView;
import com.piquetickets.domain.show.ShowVisibility;
import com.piquetickets.domain.show.TicketPageDesign;
import com.piquetickets.domain.show.TicketPageDesignSetEvent;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketTypeChangedEvent;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketTypeRemovedEvent;
import com.piquetickets.domain.show.TicketTypeSpec;
import com.piquetickets.domain.show.TicketTypeView;
import com.piquetickets.domain.venue.FindVenueQuery;
import com.piquetickets.domain.venue.FindVenuesQuery;
import com.piquetickets.domain.venue.VenueCreatedEvent;
import com.piquetickets.domain.venue.VenueDeactivatedEvent;
import com.piquetickets.domain.venue.VenueDetails;
import com.piquetickets.domain.venue.VenueId;
import com.piquetickets.domain.venue.VenueSlugChangedEvent;
import com.piquetickets.domain.venue.VenueUpdatedEvent;
import com.piquetickets.domain.venue.VenueView;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The catalogue read model end to end inside this module: a recorded history goes through the projections (by way of
 * Axon's annotation adapters, as an event processor would deliver it), then the query handlers answer through a
 * query bus. Runs on each database a subclass configures.
 */
@SpringBootTest(classes = QueryTestApplication.class)
abstract class CatalogueScenario {

    /** The tables the catalogue projections build, with the columns that order their rows. */
    static final Map<String, String> TABLES = Map.of("venue", "id", "producer", "id", "performer", "id", "show", "id",
            "ticket", "id", "ticket_promo_code", "id", "ticket_page_design", "id",
            "show_performer", "show_id, performer_id", "featured_show", "id", "producer_financial", "producer_id");

    static final UUID USER_A = id("user-a");
    static final UUID USER_B = id("user-b");

    static final VenueId CELLAR = new VenueId(id("venue-cellar"));
    static final VenueId APOLLO = new VenueId(id("venue-apollo"));
    static final VenueId BARN = new VenueId(id("venue-barn"));
    static final VenueId NOWHERE = new VenueId(id("venue-never-created"));
    static final ProducerId PIQUE = new ProducerId(id("producer-pique"));
    static final ProducerId NIGHT_OWL = new ProducerId(id("producer-night-owl"));
    static final String PIQUE_ACCOUNT = "acct_1PiqueProductions";
    static final Instant PIQUE_CHECKED = Instant.parse("2026-05-01T10:00:00Z");
    static final PerformerId ALPHA = new PerformerId(id("performer-alpha"));
    static final PerformerId BETA = new PerformerId(id("performer-beta"));
    static final PerformerId GAMMA = new PerformerId(id("performer-gamma"));
    static final PerformerId GHOST = new PerformerId(id("performer-never-created"));

    static final ShowId SUMMER = new ShowId(id("show-summer"));
    static final ShowId AUTUMN_DRAFT = new ShowId(id("show-autumn-draft"));
    static final ShowId CANCELLED = new ShowId(id("show-cancelled"));
    static final ShowId DELETED = new ShowId(id("show-deleted"));
    static final ShowId PAST = new ShowId(id("show-past"));
    static final ShowId MYSTERY = new ShowId(id("show-mystery-venue"));
    static final ShowId FESTIVAL = new ShowId(id("show-festival"));

    static final TicketTypeId GA = new TicketTypeId(id("ticket-ga"));
    static final TicketTypeId VIP = new TicketTypeId(id("ticket-vip"));
    static final TicketTypeId TEMP = new TicketTypeId(id("ticket-temp"));

    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    private ReadModelHarness readModel;
    private EventStream history;
    private Instant summerDraftCreatedAt;
    private Instant summerLastDraftChangeAt;

    @BeforeEach
    void setUp() {
        readModel = new ReadModelHarness(context, transactionManager, jdbc, (message, handled) -> assertThat(handled)
                .as("projections handling %s", message.getPayloadType().getSimpleName()).isEqualTo(1));
        assertThat(readModel.projectionCount()).isEqualTo(ProcessingGroups.ALL.size());
        readModel.resetAll();
        history = history();
        readModel.replay(history.messages());
    }

    // ----------------------------------------------------------------------------------------------- catalogue

    @Test
    void aShowsCurrencyIsFoundForTheShowsThePublicCanFindOnly() {
        assertThat(ask(new FindShowCurrencyQuery(SUMMER), ResponseTypes.optionalInstanceOf(String.class))).contains("USD");
        assertThat(ask(new FindShowCurrencyQuery(CANCELLED), ResponseTypes.optionalInstanceOf(String.class)))
                .contains("USD");
        assertThat(ask(new FindShowCurrencyQuery(AUTUMN_DRAFT), ResponseTypes.optionalInstanceOf(String.class))).isEmpty();
        assertThat(ask(new FindShowCurrencyQuery(new ShowId(id("show-unknown"))),
                ResponseTypes.optionalInstanceOf(String.class))).isEmpty();
    }

    @Test
    void venuesAreListedByNameActiveOnesUnlessAskedOtherwise() {
        PageResult<VenueView> active = ask(new FindVenuesQuery(PageRequest.first(), false), pageOf(VenueView.class));
        assertThat(active.items()).extracting(VenueView::name).containsExactly("Apollo Theater", "Comedy Cellar");
        assertThat(active.totalElements()).isEqualTo(2);

        PageResult<VenueView> all = ask(new FindVenuesQuery(PageRequest.first(), true), pageOf(VenueView.class));
        assertThat(all.items()).extracting(VenueView::name)
                .containsExactly("Apollo Theater", "Comedy Cellar", "Old Barn");
        assertThat(all.items().get(2).isActive()).isFalse();

        PageResult<VenueView> second = ask(new FindVenuesQuery(new PageRequest(1, 1), false), pageOf(VenueView.class));
        assertThat(second.items()).extracting(VenueView::name).containsExactly("Comedy Cellar");
        assertThat(second.totalElements()).isEqualTo(2);
        assertThat(second.totalPages()).isEqualTo(2);
    }

    @Test
    void aVenueIsFoundByIdOrCurrentSlug() {
        assertThat(ask(new FindVenueQuery("the-apollo"), optionalOf(VenueView.class)))
                .get().extracting(VenueView::id).isEqualTo(APOLLO.value());
        assertThat(ask(new FindVenueQuery(APOLLO.toString()), optionalOf(VenueView.class)))
                .get().extracting(VenueView::slug).isEqualTo("the-apollo");
        assertThat(ask(new FindVenueQuery("apollo"), optionalOf(VenueView.class))).isEmpty();
        assertThat(ask(new FindVenueQuery(BARN.toString()), optionalOf(VenueView.class)))
                .get().extracting(VenueView::isActive).isEqualTo(false);
    }

    @Test
    void aConnectedAccountShowsItsLatestLinkAndStatus() {
        ProducerFinancialView pique = ask(new FindProducerFinancialQuery(PIQUE), optionalOf(ProducerFinancialView.class))
                .orElseThrow();
        assertThat(pique).isEqualTo(new ProducerFinancialView(PIQUE.value(), PIQUE_ACCOUNT,
                "https://connect.stripe.test/second", true, true, false, PIQUE_CHECKED));
        assertThat(ask(new FindProducerByConnectedAccountQuery(PIQUE_ACCOUNT), optionalOf(ProducerFinancialView.class)))
                .contains(pique);
    }

    @Test
    void aProducerWithoutAConnectedAccountHasNoFinancialView() {
        assertThat(ask(new FindProducerFinancialQuery(NIGHT_OWL), optionalOf(ProducerFinancialView.class))).isEmpty();
        assertThat(ask(new FindProducerByConnectedAccountQuery("acct_unknown"), optionalOf(ProducerFinancialView.class)))
                .isEmpty();
    }

    @Test
    void producersAreListedByNameAndCarryTheirEventTimes() {
        PageResult<ProducerView> active = ask(new FindProducersQuery(PageRequest.first(), false), pageOf(ProducerView.class));
        assertThat(active.items()).extracting(ProducerView::name).containsExactly("Pique Productions");
        PageResult<ProducerView> all = ask(new FindProducersQuery(PageRequest.first(), true), pageOf(ProducerView.class));
        assertThat(all.items()).extracting(ProducerView::name).containsExactly("Night Owl Live", "Pique Productions");

        ProducerView owl = ask(new FindProducerQuery("night-owl"), optionalOf(ProducerView.class)).orElseThrow();
        assertThat(owl.isActive()).isFalse();
        assertThat(owl.createdAt()).isEqualTo(history.messages().stream()
                .filter(m -> m.getPayload() instanceof ProducerCreatedEvent e && e.producerId().equals(NIGHT_OWL))
                .findFirst().orElseThrow().getTimestamp());
        assertThat(owl.updatedAt()).isAfter(owl.createdAt());
    }

    @Test
    void performersAreListedByNameIgnoringCase() {
        PageResult<PerformerView> page = ask(new FindPerformersQuery(PageRequest.first()), pageOf(PerformerView.class));
        assertThat(page.items()).extracting(PerformerView::name).containsExactly("ann Beta", "Gamma Ray", "Zed Alpha");
        assertThat(ask(new FindPerformerQuery("annie-beta"), optionalOf(PerformerView.class)))
                .get().extracting(PerformerView::id).isEqualTo(BETA.value());
        assertThat(ask(new FindPerformerQuery(ALPHA.toString()), optionalOf(PerformerView.class)))
                .get().extracting(PerformerView::bio).isEqualTo("Headliner");
    }

    // ----------------------------------------------------------------------------------------------- show lists

    @Test
    void thePublicListsPublishedShowsByStartTime() {
        PageResult<ShowSummary> page = shows(ShowFilter.publicShows(), PageRequest.first());
        assertThat(page.items()).extracting(ShowSummary::id)
                .containsExactly(PAST.value(), FESTIVAL.value(), SUMMER.value(), MYSTERY.value());
        assertThat(page.totalElements()).isEqualTo(4);

        ShowSummary summer = page.items().get(2);
        assertThat(summer.title()).isEqualTo("Summer Special");
        assertThat(summer.slug()).isEqualTo("summer-special");
        assertThat(summer.startTime()).isEqualTo(OffsetDateTime.parse("2026-07-04T19:30:00-04:00"));
        assertThat(summer.venueName()).isEqualTo("Comedy Cellar");
        assertThat(summer.producerName()).isEqualTo("Pique Productions");
        assertThat(summer.status()).isEqualTo(ShowStatus.PUBLISHED);
        assertThat(summer.published()).isTrue();
        assertThat(summer.currency()).isEqualTo("USD");
        assertThat(page.items().get(0).startTime()).isEqualTo(OffsetDateTime.parse("2026-05-10T01:00:00+01:00"));

        ShowSummary mystery = page.items().get(3);
        assertThat(mystery.venueId()).isEqualTo(NOWHERE.value());
        assertThat(mystery.venueName()).isNull();
    }

    @Test
    void listsArePaged() {
        PageResult<ShowSummary> second = shows(ShowFilter.publicShows(), new PageRequest(1, 3));
        assertThat(second.items()).extracting(ShowSummary::id).containsExactly(MYSTERY.value());
        assertThat(second.totalElements()).isEqualTo(4);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(3);
    }

    @Test
    void upcomingKeepsShowsThatHaveNotEnded() {
        PageResult<ShowSummary> page = shows(filter(true, null, null, null, null, null, ShowVisibility.PUBLIC), null);
        assertThat(page.items()).extracting(ShowSummary::id)
                .containsExactly(FESTIVAL.value(), SUMMER.value(), MYSTERY.value());
    }

    @Test
    void managementSeesDraftsAndCancelledShowsButNotDeletedOnes() {
        PageResult<ShowSummary> page = shows(filter(false, null, null, null, null, null, ShowVisibility.MANAGEMENT), null);
        assertThat(page.items()).extracting(ShowSummary::id).containsExactly(PAST.value(), FESTIVAL.value(),
                SUMMER.value(), CANCELLED.value(), MYSTERY.value(), AUTUMN_DRAFT.value());
    }

    @Test
    void showsAreFilteredByVenueProducerAndPerformer() {
        assertThat(shows(filter(false, CELLAR, null, null, null, null, ShowVisibility.PUBLIC), null).items())
                .extracting(ShowSummary::id).containsExactly(PAST.value(), FESTIVAL.value(), SUMMER.value());
        assertThat(shows(filter(false, null, NIGHT_OWL, null, null, null, ShowVisibility.MANAGEMENT), null).items())
                .extracting(ShowSummary::id).containsExactly(CANCELLED.value());
        assertThat(shows(filter(false, null, null, ALPHA, null, null, ShowVisibility.PUBLIC), null).items())
                .extracting(ShowSummary::id).containsExactly(SUMMER.value());
        assertThat(shows(filter(false, null, null, GHOST, null, null, ShowVisibility.PUBLIC), null).items())
                .extracting(ShowSummary::id).containsExactly(SUMMER.value());
        assertThat(shows(filter(false, null, null, GAMMA, null, null, ShowVisibility.MANAGEMENT), null).items())
                .as("gamma left the line-up").isEmpty();
    }

    @Test
    void fromIsInclusiveAndToExclusiveOnTheStartTime() {
        Instant july = Instant.parse("2026-07-01T00:00:00Z");
        Instant mysteryStart = Instant.parse("2026-08-15T00:00:00Z");
        assertThat(shows(filter(false, null, null, null, july, mysteryStart, ShowVisibility.PUBLIC), null).items())
                .extracting(ShowSummary::id).containsExactly(SUMMER.value());
        assertThat(shows(filter(false, null, null, null, mysteryStart, null, ShowVisibility.PUBLIC), null).items())
                .extracting(ShowSummary::id).containsExactly(MYSTERY.value());
    }

    // ----------------------------------------------------------------------------------------------- one show

    @Test
    void aShowPageHasEverythingInDisplayOrder() {
        ShowView summer = show("summer-special", ShowVisibility.PUBLIC).orElseThrow();

        assertThat(summer.id()).isEqualTo(SUMMER.value());
        assertThat(summer.doorTime()).isEqualTo(OffsetDateTime.parse("2026-07-04T19:00:00-04:00"));
        assertThat(summer.endTime()).isEqualTo(OffsetDateTime.parse("2026-07-04T21:30:00-04:00"));
        assertThat(summer.timeZone()).isEqualTo("America/New_York");
        assertThat(summer.createdAt().toInstant()).isEqualTo(summerDraftCreatedAt);
        assertThat(summer.createdAt().getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
        assertThat(summer.updatedAt().toInstant()).isEqualTo(lastEventOf(SUMMER));

        assertThat(summer.ticketTypes()).extracting(TicketTypeView::id).containsExactly(GA.value(), VIP.value());
        TicketTypeView vip = summer.ticketTypes().get(1);
        assertThat(vip.quantity()).isEqualTo(12);
        assertThat(vip.price()).isEqualTo(Money.of("90.00", "USD"));
        assertThat(vip.vipAllowed()).isTrue();
        assertThat(vip.sold()).isZero();
        assertThat(vip.remaining()).isEqualTo(12);

        assertThat(summer.performers()).containsExactly(
                new ShowPerformer(ALPHA.value(), "zed-alpha", "Zed Alpha", "https://img.example/alpha.webp"),
                new ShowPerformer(BETA.value(), "annie-beta", "ann Beta", null));
        assertThat(summer.venue()).isEqualTo(new ShowVenue(CELLAR.value(), "comedy-cellar", "Comedy Cellar",
                "117 MacDougal St", "New York", "NY", "10012"));
        assertThat(summer.pageDesign()).isEqualTo(new TicketPageDesign("#aa0000", "#00bb00", "https://img.example/bg.webp"));
        assertThat(summer.promoCodes()).as("promo codes are for management only").isEmpty();
    }

    @Test
    void managementSeesThePromoCodesInTheShowsTimeZone() {
        ShowView summer = show(SUMMER.toString(), ShowVisibility.MANAGEMENT).orElseThrow();
        assertThat(summer.promoCodes()).containsExactly(new PromoCodeView("SAVE10", DiscountKind.PERCENTAGE,
                new BigDecimal("10.00"), 50, 0, OffsetDateTime.parse("2026-05-31T20:00:00-04:00"),
                OffsetDateTime.parse("2026-07-03T20:00:00-04:00"), List.of(GA.value())));
    }

    @Test
    void whoSeesWhichShow() {
        assertThat(show("summer-show", ShowVisibility.PUBLIC)).as("the old slug").isEmpty();
        assertThat(show(SUMMER.toString().toUpperCase(), ShowVisibility.PUBLIC)).isPresent();
        assertThat(show(AUTUMN_DRAFT.toString(), ShowVisibility.PUBLIC)).isEmpty();
        assertThat(show(DELETED.toString(), ShowVisibility.MANAGEMENT)).isEmpty();
        assertThat(show("no-such-show", ShowVisibility.MANAGEMENT)).isEmpty();

        ShowView cancelled = show(CANCELLED.toString(), ShowVisibility.PUBLIC).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(ShowStatus.CANCELLED);
        assertThat(cancelled.published()).isFalse();
        assertThat(cancelled.cancellationReason()).isEqualTo("Performer ill");

        ShowView draft = show("autumn-draft", ShowVisibility.MANAGEMENT).orElseThrow();
        assertThat(draft.status()).isEqualTo(ShowStatus.DRAFT);
        assertThat(draft.endTime()).isNull();
        assertThat(draft.venue()).extracting(ShowVenue::slug).isEqualTo("the-apollo");
        assertThat(draft.ticketTypes()).isEmpty();
        assertThat(draft.performers()).isEmpty();
        assertThat(draft.pageDesign()).isNull();

        ShowView mystery = show("mystery-venue", ShowVisibility.PUBLIC).orElseThrow();
        assertThat(mystery.venueId()).isEqualTo(NOWHERE.value());
        assertThat(mystery.venue()).isNull();
    }

    @Test
    void featuredShowsComeInTheirOrderPublishedOnly() {
        List<ShowSummary> featured = ask(new FindFeaturedShowsQuery(), ResponseTypes.multipleInstancesOf(ShowSummary.class));
        assertThat(featured).extracting(ShowSummary::id).containsExactly(PAST.value(), SUMMER.value());
    }

    // ----------------------------------------------------------------------------------------------- rows

    @Test
    void rowsKeepTheActingUserAndTheEventTimes() {
        Map<String, Object> summer = jdbc.queryForMap("select * from show where id = ?", SUMMER.value());
        assertThat(summer.get("author_id")).isEqualTo(USER_A);
        assertThat(instant(summer.get("draft_created_at"))).isEqualTo(summerDraftCreatedAt);
        assertThat(instant(summer.get("created_at"))).isEqualTo(summerDraftCreatedAt);
        assertThat(instant(summer.get("draft_updated_at"))).isEqualTo(summerLastDraftChangeAt);
        assertThat(summer.get("published")).isEqualTo(true);
        assertThat(summer.get("is_deleted")).isEqualTo(false);

        Map<String, Object> deleted = jdbc.queryForMap("select * from show where id = ?", DELETED.value());
        assertThat(deleted.get("is_deleted")).isEqualTo(true);
        assertThat(deleted.get("status")).isEqualTo("DELETED");
        assertThat(instant(deleted.get("deleted_at"))).isEqualTo(lastEventOf(DELETED));

        assertThat(jdbc.queryForObject("select author_id from ticket where id = ?", UUID.class, GA.value()))
                .as("a UUID in the metadata").isEqualTo(USER_B);
        assertThat(jdbc.queryForObject("select author_id from ticket where id = ?", UUID.class, VIP.value()))
                .as("no userId in the metadata").isNull();
        assertThat(jdbc.queryForList("select position from ticket where show_id = ? order by position", Integer.class,
                SUMMER.value())).containsExactly(0, 1);
        assertThat(jdbc.queryForList("select performer_id from show_performer where show_id = ? order by position",
                UUID.class, SUMMER.value())).containsExactly(ALPHA.value(), BETA.value(), GHOST.value());
        assertThat(jdbc.queryForList("select show_id from featured_show where is_active order by \"order\"",
                UUID.class)).containsExactly(PAST.value(), SUMMER.value(), AUTUMN_DRAFT.value());
        assertThat(jdbc.queryForObject("select is_active from featured_show where show_id = ?", Boolean.class,
                CANCELLED.value())).isFalse();
    }

    @Test
    void aReplayRebuildsIdenticalRows() {
        Map<String, List<Map<String, Object>>> before = readModel.snapshot(TABLES);
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        readModel.resetAll();
        assertThat(readModel.snapshot(TABLES).values()).allSatisfy(rows -> assertThat(rows).isEmpty());

        readModel.replay(history.messages());
        assertThat(readModel.snapshot(TABLES)).isEqualTo(before);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        readModel.assertRedeliveryChangesNothing(TABLES, history.messages());
    }

    // ----------------------------------------------------------------------------------------------- history

    private EventStream history() {
        EventStream h = new EventStream(Instant.parse("2026-05-01T09:00:00Z"));
        h.add("Venue", CELLAR, new VenueCreatedEvent(CELLAR, new Slug("comedy-cellar"), venue("The Comedy Cellar")));
        h.add("Venue", APOLLO, new VenueCreatedEvent(APOLLO, new Slug("apollo"), venue("Apollo Theater")));
        h.add("Venue", BARN, new VenueCreatedEvent(BARN, new Slug("old-barn"), venue("Old Barn")));
        h.add("Venue", BARN, new VenueDeactivatedEvent(BARN));
        h.add("Venue", CELLAR, new VenueUpdatedEvent(CELLAR, venue("Comedy Cellar")));
        h.add("Venue", APOLLO, new VenueSlugChangedEvent(APOLLO, new Slug("apollo"), new Slug("the-apollo")));

        h.add("Producer", PIQUE, new ProducerCreatedEvent(PIQUE, new Slug("pique-productions"), producer("Pique Productions")));
        h.add("Producer", NIGHT_OWL, new ProducerCreatedEvent(NIGHT_OWL, new Slug("night-owl"), producer("Night Owl Live")));
        h.add("Producer", NIGHT_OWL, new ProducerDeactivatedEvent(NIGHT_OWL));
        h.add("Producer", PIQUE, new ConnectedAccountCreatedEvent(PIQUE, PIQUE_ACCOUNT));
        h.add("Producer", PIQUE, new ConnectedAccountOnboardingLinkIssuedEvent(PIQUE, "https://connect.stripe.test/first",
                PIQUE_CHECKED.minusSeconds(3600)));
        h.add("Producer", PIQUE, new ConnectedAccountOnboardingLinkIssuedEvent(PIQUE, "https://connect.stripe.test/second",
                PIQUE_CHECKED.plusSeconds(300)));
        h.add("Producer", PIQUE, new ConnectedAccountStatusUpdatedEvent(PIQUE, PIQUE_ACCOUNT, false, false, true,
                PIQUE_CHECKED.minusSeconds(60)));
        h.add("Producer", PIQUE, new ConnectedAccountStatusUpdatedEvent(PIQUE, PIQUE_ACCOUNT, true, false, true,
                PIQUE_CHECKED));

        h.add("Performer", ALPHA, new PerformerCreatedEvent(ALPHA, new Slug("zed-alpha"), performer("Zed Alpha", null)));
        h.add("Performer", ALPHA, new PerformerUpdatedEvent(ALPHA, performer("Zed Alpha", "Headliner")));
        h.add("Performer", BETA, new PerformerCreatedEvent(BETA, new Slug("ann-beta"), new PerformerDetails(
                "ann Beta", null, null, null, null, null, null, null, null, null)));
        h.add("Performer", BETA, new PerformerSlugChangedEvent(BETA, new Slug("ann-beta"), new Slug("annie-beta")));
        h.add("Performer", GAMMA, new PerformerCreatedEvent(GAMMA, new Slug("gamma-ray"), performer("Gamma Ray", null)));

        String ny = "America/New_York";
        ShowDetails summer = show("Summer Show", "2026-07-04T23:00:00Z", "2026-07-04T23:30:00Z", "2026-07-05T01:30:00Z", ny, CELLAR);
        h.add("Show", SUMMER, new ShowDraftCreatedEvent(SUMMER, PIQUE, new Slug("summer-show"), summer, "USD"),
                Map.of("userId", USER_A.toString()));
        summerDraftCreatedAt = h.lastTimestamp();
        h.add("Show", SUMMER, new TicketTypeAddedEvent(SUMMER, GA, ticket("General admission", 100, "25.00", false, null, false)),
                Map.of("userId", USER_B));
        h.add("Show", SUMMER, new TicketTypeAddedEvent(SUMMER, VIP, ticket("VIP", 10, "80.00", false, null, true)));
        h.add("Show", SUMMER, new TicketTypeAddedEvent(SUMMER, TEMP, ticket("Pay what you want", 5, "0.00", true, "5.00", false)));
        h.add("Show", SUMMER, new TicketTypeChangedEvent(SUMMER, VIP, ticket("VIP", 12, "90.00", false, null, true)));
        h.add("Show", SUMMER, new TicketTypeRemovedEvent(SUMMER, TEMP));
        h.add("Show", SUMMER, new PromoCodeAddedEvent(SUMMER, new PromoCodeSpec("SAVE10", DiscountKind.PERCENTAGE,
                new BigDecimal("10"), 50, Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-07-04T00:00:00Z"),
                Set.of(GA))));
        h.add("Show", SUMMER, new PromoCodeAddedEvent(SUMMER, new PromoCodeSpec("lower", DiscountKind.FIXED_AMOUNT,
                new BigDecimal("5.00"), null, null, null, Set.of(GA, VIP))));
        h.add("Show", SUMMER, new PromoCodeRemovedEvent(SUMMER, "LOWER"));
        h.add("Show", SUMMER, new TicketPageDesignSetEvent(SUMMER, new TicketPageDesign("#112233", "#445566", null)));
        h.add("Show", SUMMER, new TicketPageDesignSetEvent(SUMMER, new TicketPageDesign("#aa0000", "#00bb00",
                "https://img.example/bg.webp")));
        h.add("Show", SUMMER, new ShowPerformersSetEvent(SUMMER, List.of(BETA, GAMMA, GHOST)));
        h.add("Show", SUMMER, new ShowPerformersSetEvent(SUMMER, List.of(ALPHA, BETA, GHOST, ALPHA)));
        h.add("Show", SUMMER, new ShowDetailsUpdatedEvent(SUMMER, retitled(summer, "Summer Special")));
        h.add("Show", SUMMER, new ShowSlugChangedEvent(SUMMER, new Slug("summer-show"), new Slug("summer-special")));
        summerLastDraftChangeAt = h.lastTimestamp();
        h.add("Show", SUMMER, new ShowPublishedEvent(SUMMER));

        h.add("Show", AUTUMN_DRAFT, new ShowDraftCreatedEvent(AUTUMN_DRAFT, PIQUE, new Slug("autumn-draft"),
                show("Autumn Draft", null, "2026-09-10T00:00:00Z", null, ny, APOLLO), "USD"));

        createPublished(h, CANCELLED, NIGHT_OWL, "cancelled-gig", show("Cancelled Gig", null, "2026-07-10T01:00:00Z",
                "2026-07-10T03:00:00Z", ny, APOLLO));
        h.add("Show", CANCELLED, new ShowCancelledEvent(CANCELLED, "Performer ill"));

        createPublished(h, DELETED, PIQUE, "deleted-show", show("Deleted Show", null, "2026-07-20T00:00:00Z",
                null, ny, CELLAR));
        h.add("Show", DELETED, new ShowDeletedEvent(DELETED));

        createPublished(h, PAST, PIQUE, "spring-past", show("Spring Past", null, "2026-05-10T00:00:00Z",
                "2026-05-10T02:00:00Z", "Europe/London", CELLAR));
        createPublished(h, MYSTERY, PIQUE, "mystery-venue", show("Mystery Venue", null, "2026-08-15T00:00:00Z",
                "2026-08-15T02:00:00Z", "America/Chicago", NOWHERE));
        createPublished(h, FESTIVAL, PIQUE, "long-festival", show("Long Festival", null, "2026-05-30T00:00:00Z",
                "2026-06-02T00:00:00Z", "UTC", CELLAR));

        String list = FeaturedShows.LIST_ID;
        h.add("FeaturedShows", list, new FeaturedShowsSetEvent(list, List.of(CANCELLED, SUMMER, PAST)));
        h.add("FeaturedShows", list, new FeaturedShowsSetEvent(list, List.of(PAST, SUMMER, AUTUMN_DRAFT, PAST)));
        return h;
    }

    private static void createPublished(EventStream h, ShowId show, ProducerId producer, String slug, ShowDetails details) {
        h.add("Show", show, new ShowDraftCreatedEvent(show, producer, new Slug(slug), details, "USD"));
        h.add("Show", show, new TicketTypeAddedEvent(show, new TicketTypeId(id(slug + "-ticket")),
                ticket("Entry", 50, "10.00", false, null, false)));
        h.add("Show", show, new ShowPublishedEvent(show));
    }

    private static VenueDetails venue(String name) {
        return new VenueDetails(name, "A room", "117 MacDougal St", "New York", "NY", "10012", "+1 212 000 0000",
                "https://venue.example", null);
    }

    private static ProducerDetails producer(String name) {
        return new ProducerDetails(name, "US", null, "We make shows", null, null, null, null, null, null);
    }

    private static PerformerDetails performer(String name, String bio) {
        return new PerformerDetails(name, bio, "https://img.example/" + name.split(" ")[1].toLowerCase() + ".webp",
                "Brooklyn", null, null, null, null, null, null);
    }

    private static ShowDetails show(String title, String door, String start, String end, String zone, VenueId venue) {
        return new ShowDetails(title, "An evening", instantOrNull(door), instantOrNull(start), instantOrNull(end), zone,
                "18+", "No refunds", venue, "https://img.example/show.webp", null, null, null, null);
    }

    private static ShowDetails retitled(ShowDetails d, String title) {
        return new ShowDetails(title, d.description(), d.doorTime(), d.startTime(), d.endTime(), d.timeZone(),
                d.ageRestriction(), d.refundPolicy(), d.venueId(), d.image(), d.bannerImage(), d.squareImage(),
                d.featuredVideo(), d.facebookCampaignId());
    }

    private static TicketTypeSpec ticket(String name, int quantity, String price, boolean donation, String minimum,
                                         boolean vip) {
        return new TicketTypeSpec(name, null, quantity, Money.of(price, "USD"), donation,
                minimum == null ? null : Money.of(minimum, "USD"), vip);
    }

    // ----------------------------------------------------------------------------------------------- plumbing





    private Instant lastEventOf(ShowId show) {
        return history.messages().stream().filter(m -> m.getAggregateIdentifier().equals(show.toString()))
                .reduce((first, second) -> second).orElseThrow().getTimestamp();
    }

    private PageResult<ShowSummary> shows(ShowFilter filter, PageRequest page) {
        return ask(new FindShowsQuery(filter, page), pageOf(ShowSummary.class));
    }

    private Optional<ShowView> show(String idOrSlug, ShowVisibility visibility) {
        return ask(new FindShowQuery(idOrSlug, visibility), optionalOf(ShowView.class));
    }

    private static ShowFilter filter(boolean upcoming, VenueId venue, ProducerId producer, PerformerId performer,
                                     Instant from, Instant to, ShowVisibility visibility) {
        return new ShowFilter(upcoming, venue, producer, performer, from, to, visibility);
    }



    private static <T> ResponseType<Optional<T>> optionalOf(Class<T> type) {
        return ResponseTypes.optionalInstanceOf(type);
    }

    private static Instant instant(Object timestamp) {
        return switch (timestamp) {
            case OffsetDateTime odt -> odt.toInstant();
            case java.sql.Timestamp ts -> ts.toInstant();
            case Instant i -> i;
            default -> throw new IllegalArgumentException("not a timestamp: " + timestamp.getClass());
        };
    }

    private static Instant instantOrNull(String value) {
        return value == null ? null : Instant.parse(value);
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private <R> R ask(Object query, ResponseType<R> responseType) {
        return readModel.ask(query, responseType);
    }
}
