package com.piquetickets.api.catalogue;

import static com.piquetickets.api.support.CatalogueFixtures.daysFromNow;
import static com.piquetickets.api.support.CatalogueFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.piquetickets.api.messaging.ReadModelSync;
import com.piquetickets.query.ProcessingGroups;
import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.onboarding.AcceptInvitationCommand;
import com.piquetickets.domain.onboarding.InterestStatus;
import com.piquetickets.domain.onboarding.InviteProducerMemberCommand;
import com.piquetickets.domain.onboarding.OnboardingSessionId;
import com.piquetickets.domain.onboarding.ProducerInterestDetails;
import com.piquetickets.domain.onboarding.ProducerInterestId;
import com.piquetickets.domain.onboarding.ReviewProducerInterestCommand;
import com.piquetickets.domain.onboarding.SubmitProducerInterestCommand;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.user.ChangePublishPermissionCommand;
import com.piquetickets.domain.user.Password;
import com.piquetickets.domain.user.RegisterUserCommand;
import com.piquetickets.domain.user.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.TestUsers;
import com.piquetickets.api.support.CatalogueFixtures;
import com.piquetickets.api.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A projection rebuilt from the event store (tokens reset, history replayed) produces exactly the same rows. */
@PostgresIntegrationTest
class ReplayIT {

    /** Each read table with the order that makes its rows comparable. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("show", "id"),
            Map.entry("ticket", "id"),
            Map.entry("ticket_promo_code", "show_id, code"),
            Map.entry("ticket_page_design", "show_id"),
            Map.entry("show_performer", "show_id, performer_id"),
            Map.entry("venue", "id"),
            Map.entry("producer", "id"),
            Map.entry("performer", "id"),
            Map.entry("featured_show", "show_id"),
            Map.entry("ticket_hold", "order_id, ticket_type_id"),
            Map.entry("\"order\"", "id"),
            Map.entry("ticket_order", "id"),
            Map.entry("ticket_attendee", "id"),
            Map.entry("email_tracking", "id"),
            Map.entry("app_user", "id"),
            Map.entry("user_profile", "id"),
            Map.entry("user_producer_association", "id"),
            Map.entry("onboarding_session", "id"),
            Map.entry("producer_interest", "id"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ReadModelSync readModel;

    @Autowired
    CommandGateway commands;

    @Test
    void replayingEveryCatalogueProjectionRebuildsTheSameRows() {
        ApiClient api = TestUsers.admin(port);
        CatalogueFixtures catalogue = new CatalogueFixtures(api);
        String show = catalogue.publishedShow(unique("Replayed"), daysFromNow(14));
        String performer = catalogue.performer(unique("Replayed performer"));
        api.put("/api/shows/" + show + "/performers", List.of(performer)).expect(200);
        api.post("/api/shows/" + show + "/promo-codes", Map.of("code", "REPLAY", "discount", "20", "maxUses", 5)).expect(201);
        api.put("/api/shows/" + show + "/page-design", Map.of("primaryColor", "#000000")).expect(200);
        api.put("/api/featured-shows", List.of(show)).expect(200);
        String renamed = catalogue.venue(unique("Renamed later"));
        api.put("/api/venues/" + renamed, Map.of("name", unique("Renamed"))).expect(200);
        api.post("/api/venues/" + renamed + "/deactivate", null).expect(200);
        String freeShow = catalogue.draftShow(catalogue.producer(unique("Free")), catalogue.venue(unique("Hall")),
                unique("Free night"), daysFromNow(9));
        String free = catalogue.ticketType(freeShow, "Free", 30, "0.00");
        api.post("/api/shows/" + freeShow + "/publish", null).expect(200);
        String order = api.post("/api/orders", Map.of("showId", freeShow, "buyer", Map.of("firstName", "Rey",
                "lastName", "Play", "email", "rey@example.com"), "lines", List.of(Map.of("ticketTypeId", free,
                "quantity", 2)))).expect(201).text("orderId");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from email_tracking where order_id = ?::uuid and status = 'SENT'", Long.class, order) == 1);
        identityAndOnboarding(catalogue.producer(unique("Inviting")));
        Map<String, List<Map<String, Object>>> before = snapshot();
        assertThat(before.get("show")).isNotEmpty();

        List<StreamingEventProcessor> processors = ProcessingGroups.ALL.stream()
                .map(group -> processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow())
                .toList();
        for (StreamingEventProcessor processor : processors) {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        // Caught up means: every segment claimed again, past the replay, and at the head of the event store.
        await().atMost(Duration.ofSeconds(30)).until(() -> processors.stream().allMatch(
                processor -> !processor.processingStatus().isEmpty() && !processor.isReplaying()));
        assertThat(readModel.awaitCatchUp(ProcessingGroups.ALL.toArray(String[]::new))).isTrue();

        assertThat(snapshot()).isEqualTo(before);
    }

    /** Users, a membership through an accepted invitation, and a reviewed lead (no REST routes for these yet). */
    private void identityAndOnboarding(String producer) {
        UserId user = new UserId(UUID.randomUUID());
        String email = unique("replayed") .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "") + "@example.com";
        commands.sendAndWait(new RegisterUserCommand(user, email, "Rey", "Play", new Password("a long enough password"),
                Set.of(Role.SUPPORT)));
        commands.sendAndWait(new ChangePublishPermissionCommand(user, true));
        OnboardingSessionId session = new OnboardingSessionId(UUID.randomUUID());
        String tokenHash = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        commands.sendAndWait(new InviteProducerMemberCommand(session, ProducerId.of(producer), email, tokenHash,
                Instant.now().plus(Duration.ofDays(7))));
        commands.sendAndWait(new AcceptInvitationCommand(session, user, email));
        ProducerInterestId lead = new ProducerInterestId(UUID.randomUUID());
        commands.sendAndWait(new SubmitProducerInterestCommand(lead, new ProducerInterestDetails("Rey Play", email, null,
                null, null, null, null, List.of("comedy"), null, List.of("Eventbrite"), null, null, null, true, null),
                "203.0.113.9", "ReplayIT"));
        commands.sendAndWait(new ReviewProducerInterestCommand(lead, InterestStatus.CONTACTED, "called"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from user_producer_association where user_id = ?", Long.class, user.value()) == 1);
        assertThat(readModel.awaitCatchUp(ProcessingGroups.USERS, ProcessingGroups.ONBOARDING)).isTrue();
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> rows = new java.util.TreeMap<>();
        TABLES.forEach((table, order) -> rows.put(table, jdbc.queryForList("select * from " + table + " order by " + order)));
        return rows;
    }
}
