package com.piquetickets.query;

import static com.piquetickets.query.ReadModelHarness.pageOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.common.PageRequest;
import com.piquetickets.domain.common.PageResult;
import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.onboarding.FindInvitationByTokenHashQuery;
import com.piquetickets.domain.onboarding.FindProducerInterestQuery;
import com.piquetickets.domain.onboarding.FindProducerInterestsQuery;
import com.piquetickets.domain.onboarding.FindProducerInvitationsQuery;
import com.piquetickets.domain.onboarding.InterestStatus;
import com.piquetickets.domain.onboarding.InvitationAcceptedEvent;
import com.piquetickets.domain.onboarding.InvitationView;
import com.piquetickets.domain.onboarding.OnboardingSessionId;
import com.piquetickets.domain.onboarding.ProducerInterestDetails;
import com.piquetickets.domain.onboarding.ProducerInterestId;
import com.piquetickets.domain.onboarding.ProducerInterestReviewedEvent;
import com.piquetickets.domain.onboarding.ProducerInterestSubmittedEvent;
import com.piquetickets.domain.onboarding.ProducerInterestView;
import com.piquetickets.domain.onboarding.ProducerMemberInvitedEvent;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.user.FindUserByEmailQuery;
import com.piquetickets.domain.user.FindUserQuery;
import com.piquetickets.domain.user.FindUsersQuery;
import com.piquetickets.domain.user.PublishPermissionChangedEvent;
import com.piquetickets.domain.user.Role;
import com.piquetickets.domain.user.UserAssociatedWithProducerEvent;
import com.piquetickets.domain.user.UserDeactivatedEvent;
import com.piquetickets.domain.user.UserDissociatedFromProducerEvent;
import com.piquetickets.domain.user.UserPasswordChangedEvent;
import com.piquetickets.domain.user.UserRegisteredEvent;
import com.piquetickets.domain.user.UserRolesChangedEvent;
import com.piquetickets.domain.user.UserView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
 * The users and onboarding read models end to end inside this module: a recorded history (users registered, given
 * roles, publish permission and memberships, one deactivated; invitations made and accepted; leads submitted and
 * reviewed) goes through the projections, then the query handlers answer through a query bus.
 */
@SpringBootTest(classes = QueryTestApplication.class)
abstract class IdentityScenario {

    static final Map<String, String> TABLES = Map.of("app_user", "id", "user_profile", "id",
            "user_producer_association", "id", "onboarding_session", "id", "producer_interest", "id");

    static final UserId ADA = new UserId(id("user-ada"));
    static final UserId BOB = new UserId(id("user-bob"));
    static final UserId CAROL = new UserId(id("user-carol"));
    static final ProducerId OWLS = new ProducerId(id("producer-owls"));
    static final ProducerId LARKS = new ProducerId(id("producer-larks"));
    static final OnboardingSessionId FIRST_INVITE = new OnboardingSessionId(id("invite-first"));
    static final OnboardingSessionId SECOND_INVITE = new OnboardingSessionId(id("invite-second"));
    static final String FIRST_HASH = "a".repeat(64);
    static final String SECOND_HASH = "b".repeat(64);
    static final ProducerInterestId GRACE_LEAD = new ProducerInterestId(id("lead-grace"));
    static final ProducerInterestId LINUS_LEAD = new ProducerInterestId(id("lead-linus"));
    static final Instant EXPIRES = Instant.parse("2026-06-01T09:00:00Z");

    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    private ReadModelHarness readModel;
    private EventStream history;

    @BeforeEach
    void setUp() {
        readModel = new ReadModelHarness(context, transactionManager, jdbc, (message, handled) -> { });
        readModel.resetAll();
        history = history();
        readModel.replay(history.messages());
    }

    // ------------------------------------------------------------------------------------------------ users

    @Test
    void aUserShowsRolesProfileAndMemberships() {
        UserView ada = user(ADA).orElseThrow();
        assertThat(ada.username()).isEqualTo("ada@example.com");
        assertThat(ada.email()).isEqualTo("ada@example.com");
        assertThat(ada.firstName()).isEqualTo("Ada");
        assertThat(ada.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.SUPPORT);
        assertThat(ada.isStaff()).isTrue();
        assertThat(ada.isSuperuser()).isFalse();
        assertThat(ada.isActive()).isTrue();
        assertThat(ada.canPublishShows()).isTrue();
        assertThat(ada.producerIds()).containsExactly(OWLS.value());
        assertThat(ada.updatedAt()).isAfter(ada.createdAt());
    }

    @Test
    void aNewUserHasAProfileThatMayNotPublish() {
        UserView bob = user(BOB).orElseThrow();
        assertThat(bob.canPublishShows()).isFalse();
        assertThat(bob.roles()).isEmpty();
        assertThat(bob.isStaff()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from user_profile where user_id = ?", Long.class, BOB.value()))
                .isEqualTo(1);
    }

    @Test
    void superuserRoleMakesASuperuser() {
        assertThat(user(CAROL).orElseThrow().isSuperuser()).isTrue();
    }

    @Test
    void aDeactivatedUserIsShownInactive() {
        assertThat(user(BOB).orElseThrow().isActive()).isFalse();
    }

    @Test
    void aMemberWhoLeftIsNoLongerListed() {
        assertThat(user(BOB).orElseThrow().producerIds()).isEmpty();
    }

    @Test
    void userIsFoundByEmailIgnoringCase() {
        assertThat(ask(new FindUserByEmailQuery(" ADA@example.com "), ResponseTypes.optionalInstanceOf(UserView.class)))
                .map(UserView::id).contains(ADA.value());
        assertThat(ask(new FindUserByEmailQuery("nobody@example.com"), ResponseTypes.optionalInstanceOf(UserView.class)))
                .isEmpty();
    }

    @Test
    void usersAreListedByEmail() {
        PageResult<UserView> first = ask(new FindUsersQuery(new PageRequest(0, 2)), pageOf(UserView.class));
        assertThat(first.items()).extracting(UserView::email).containsExactly("ada@example.com", "bob@example.com");
        assertThat(first.totalElements()).isEqualTo(3);
        PageResult<UserView> second = ask(new FindUsersQuery(new PageRequest(1, 2)), pageOf(UserView.class));
        assertThat(second.items()).extracting(UserView::email).containsExactly("carol@example.com");
    }

    @Test
    void unknownUserIsNotFound() {
        assertThat(user(new UserId(id("user-nobody")))).isEmpty();
    }

    // ------------------------------------------------------------------------------------------- invitations

    @Test
    void invitationIsFoundByItsTokenHash() {
        InvitationView invitation = ask(new FindInvitationByTokenHashQuery(SECOND_HASH),
                ResponseTypes.optionalInstanceOf(InvitationView.class)).orElseThrow();
        assertThat(invitation.id()).isEqualTo(SECOND_INVITE.value());
        assertThat(invitation.producerId()).isEqualTo(OWLS.value());
        assertThat(invitation.email()).isEqualTo("bob@example.com");
        assertThat(invitation.expiresAt()).isEqualTo(EXPIRES);
        assertThat(invitation.isUsed()).isFalse();
        assertThat(invitation.acceptedBy()).isNull();
    }

    @Test
    void anAcceptedInvitationIsUsedAndSaysByWhom() {
        InvitationView invitation = ask(new FindInvitationByTokenHashQuery(FIRST_HASH),
                ResponseTypes.optionalInstanceOf(InvitationView.class)).orElseThrow();
        assertThat(invitation.isUsed()).isTrue();
        assertThat(invitation.acceptedBy()).isEqualTo(ADA.value());
    }

    @Test
    void producerInvitationsAreListedNewestFirst() {
        List<InvitationView> invitations = ask(new FindProducerInvitationsQuery(OWLS),
                ResponseTypes.multipleInstancesOf(InvitationView.class));
        assertThat(invitations).extracting(InvitationView::id).containsExactly(SECOND_INVITE.value(), FIRST_INVITE.value());
        assertThat(ask(new FindProducerInvitationsQuery(LARKS), ResponseTypes.multipleInstancesOf(InvitationView.class)))
                .isEmpty();
    }

    // ------------------------------------------------------------------------------------------------- leads

    @Test
    void aLeadKeepsEveryAnswerWithWhereItCameFrom() {
        ProducerInterestView grace = lead(GRACE_LEAD).orElseThrow();
        assertThat(grace.name()).isEqualTo("Grace Hopper");
        assertThat(grace.companyName()).isEqualTo("Navy Shows");
        assertThat(grace.showTypes()).containsExactly("comedy", "music \"live\"", "a,b");
        assertThat(grace.currentPlatform()).containsExactly("Eventbrite");
        assertThat(grace.interestedInMarketing()).isTrue();
        assertThat(grace.ipAddress()).isEqualTo("203.0.113.7");
        assertThat(grace.userAgent()).isEqualTo("Mozilla/5.0");
        assertThat(grace.status()).isEqualTo(InterestStatus.QUALIFIED);
        assertThat(grace.notes()).isEqualTo("budget confirmed");
        assertThat(grace.updatedAt()).isAfter(grace.createdAt());
    }

    @Test
    void aLeadStartsNew() {
        ProducerInterestView linus = lead(LINUS_LEAD).orElseThrow();
        assertThat(linus.status()).isEqualTo(InterestStatus.NEW);
        assertThat(linus.showTypes()).isEmpty();
        assertThat(linus.notes()).isNull();
    }

    @Test
    void leadsAreListedNewestFirstAndFilteredByStatus() {
        PageResult<ProducerInterestView> all = ask(new FindProducerInterestsQuery(null, PageRequest.first()),
                pageOf(ProducerInterestView.class));
        assertThat(all.items()).extracting(ProducerInterestView::id).containsExactly(LINUS_LEAD.value(), GRACE_LEAD.value());
        PageResult<ProducerInterestView> qualified = ask(new FindProducerInterestsQuery(InterestStatus.QUALIFIED,
                PageRequest.first()), pageOf(ProducerInterestView.class));
        assertThat(qualified.items()).extracting(ProducerInterestView::id).containsExactly(GRACE_LEAD.value());
        assertThat(qualified.totalElements()).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------- idempotency

    @Test
    void redeliveredEventsChangeNothing() {
        readModel.assertRedeliveryChangesNothing(TABLES, history.messages());
    }

    // ----------------------------------------------------------------------------------------------- history

    private EventStream history() {
        EventStream h = new EventStream(Instant.parse("2026-05-01T09:00:00Z"));
        h.add("User", ADA, new UserRegisteredEvent(ADA, "ada@example.com", "ada@example.com", "Ada", "Lovelace", Set.of()));
        h.add("User", BOB, new UserRegisteredEvent(BOB, "bob@example.com", "bob@example.com", "Bob", null, Set.of()));
        h.add("User", CAROL, new UserRegisteredEvent(CAROL, "carol@example.com", "carol@example.com", null, null,
                Set.of(Role.SUPERUSER)));
        h.add("User", ADA, new UserRolesChangedEvent(ADA, Set.of(Role.SUPPORT, Role.STAFF)));
        h.add("User", ADA, new PublishPermissionChangedEvent(ADA, true));
        h.add("User", ADA, new UserPasswordChangedEvent(ADA));
        h.add("OnboardingSession", FIRST_INVITE, new ProducerMemberInvitedEvent(FIRST_INVITE, OWLS, "ada@example.com",
                FIRST_HASH, EXPIRES));
        h.add("OnboardingSession", FIRST_INVITE, new InvitationAcceptedEvent(FIRST_INVITE, OWLS, ADA));
        h.add("User", ADA, new UserAssociatedWithProducerEvent(ADA, OWLS));
        h.add("OnboardingSession", SECOND_INVITE, new ProducerMemberInvitedEvent(SECOND_INVITE, OWLS, "bob@example.com",
                SECOND_HASH, EXPIRES));
        h.add("User", BOB, new UserAssociatedWithProducerEvent(BOB, LARKS));
        h.add("User", BOB, new UserDissociatedFromProducerEvent(BOB, LARKS));
        h.add("User", BOB, new UserDeactivatedEvent(BOB));
        h.add("ProducerInterest", GRACE_LEAD, new ProducerInterestSubmittedEvent(GRACE_LEAD, new ProducerInterestDetails(
                "Grace Hopper", "grace@example.com", "555-0100", "Navy Shows", "Arlington", "VA", "10-20",
                List.of("comedy", "music \"live\"", "a,b"), null, List.of("Eventbrite"), null, "fees", "seating", true, null),
                "203.0.113.7", "Mozilla/5.0"));
        h.add("ProducerInterest", GRACE_LEAD, new ProducerInterestReviewedEvent(GRACE_LEAD, InterestStatus.CONTACTED, "called"));
        h.add("ProducerInterest", GRACE_LEAD, new ProducerInterestReviewedEvent(GRACE_LEAD, InterestStatus.QUALIFIED,
                "budget confirmed"));
        h.add("ProducerInterest", LINUS_LEAD, new ProducerInterestSubmittedEvent(LINUS_LEAD, new ProducerInterestDetails(
                "Linus", "linus@example.com", null, null, null, null, null, List.of(), null, List.of(), null, null, null,
                false, null), null, null));
        return h;
    }



    private Optional<UserView> user(UserId userId) {
        return ask(new FindUserQuery(userId), ResponseTypes.optionalInstanceOf(UserView.class));
    }

    private Optional<ProducerInterestView> lead(ProducerInterestId interestId) {
        return ask(new FindProducerInterestQuery(interestId), ResponseTypes.optionalInstanceOf(ProducerInterestView.class));
    }



    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private <R> R ask(Object query, ResponseType<R> responseType) {
        return readModel.ask(query, responseType);
    }
}
