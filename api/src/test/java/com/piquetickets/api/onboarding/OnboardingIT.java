package com.piquetickets.api.onboarding;

import com.piquetickets.api.support.StoredEvents;
import static com.piquetickets.api.support.CatalogueFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.CatalogueFixtures;
import com.piquetickets.api.support.PostgresIntegrationTest;
import com.piquetickets.api.support.TestUsers;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Producer onboarding by invitation, and the public lead form with its staff pipeline. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@PostgresIntegrationTest(properties = {
        "pique.onboarding.invitation-ttl=PT10S",
        "pique.producer-interest.submissions-per-ip=3"})
class OnboardingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient admin;
    String producer;

    @BeforeEach
    void setUp() {
        admin = TestUsers.admin(port);
        producer = new CatalogueFixtures(admin).producer(unique("Invited producer"));
    }

    @Test
    void anInviteeRegistersJoinsTheProducerAndManagesItsShows() {
        String email = "new.member+" + System.nanoTime() + "@example.com";
        JsonNode invitation = admin.post("/api/producers/" + producer + "/invitations", Map.of("email", email))
                .expect(201).json();
        String token = invitation.path("token").asString();
        assertThat(invitation.path("expiresAt").asString()).isNotBlank();

        JsonNode details = admin.anonymous().get("/api/invitations/" + token).expect(200).json();
        assertThat(details.path("email").asString()).isEqualTo(email);
        assertThat(details.path("isUsed").asBoolean()).isFalse();

        JsonNode accepted = admin.anonymous().post("/api/invitations/" + token + "/accept",
                Map.of("firstName", "Nia", "lastName", "Member", "password", TestUsers.PASSWORD)).expect(201).json();
        ApiClient member = admin.anonymous().as(accepted.path("accessToken").asString());

        JsonNode me = member.get("/api/me").expect(200).json();
        assertThat(me.path("user").path("email").asString()).isEqualTo(email);
        assertThat(me.path("producers").path(0).path("id").asString()).isEqualTo(producer);
        member.get("/api/producers/" + producer + "/shows").expect(200);
        assertThat(TestUsers.signIn(admin, email, TestUsers.PASSWORD)).isNotBlank();
        Long stored = jdbc.queryForObject("select count(*) from onboarding_session where token_hash = ?", Long.class, token);
        assertThat(stored).as("the raw token is never stored").isZero();
    }

    @Test
    void anInvitationIsUsedOnlyOnce() {
        String token = invite("once+" + System.nanoTime() + "@example.com");
        accept(token).expect(201);
        long events = eventCount();
        assertThat(accept(token).problem(409).path("code").asString()).isEqualTo("invitation-used");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void anExpiredInvitationIsRefusedAndMakesNoAccount() {
        String email = "late+" + System.nanoTime() + "@example.com";
        String token = invite(email);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> admin.anonymous().get("/api/invitations/" + token).json().path("isExpired").asBoolean());
        long events = eventCount();
        assertThat(accept(token).problem(409).path("code").asString()).isEqualTo("invitation-expired");
        assertThat(eventCount()).isEqualTo(events);
        admin.anonymous().post("/api/auth/token", Map.of("email", email, "password", TestUsers.PASSWORD)).problem(401);
    }

    @Test
    void anExistingAccountJoinsWithItsOwnPasswordOnly() {
        TestUsers.SignedIn existing = TestUsers.user(admin, List.of(), List.of(), false);
        String token = invite(existing.email());
        admin.anonymous().post("/api/invitations/" + token + "/accept", Map.of("password", "somebody else's guess"))
                .problem(401);
        admin.anonymous().post("/api/invitations/" + token + "/accept", Map.of("password", TestUsers.PASSWORD)).expect(201);
        assertThat(existing.api().get("/api/me").expect(200).json().path("user").path("producerIds").path(0).asString())
                .isEqualTo(producer);
    }

    @Test
    void anUnknownInvitationTokenIsNotFound() {
        admin.anonymous().get("/api/invitations/no-such-token").problem(404);
        accept("no-such-token").problem(404);
    }

    @Test
    void aLeadIsCapturedWithItsOriginAndWorkedThroughThePipeline() {
        Map<String, Object> form = leadForm();
        ApiClient.Response submitted = admin.anonymous().post("/api/producer-interest", form,
                Map.of("User-Agent", "LeadFormTest/1.0"));
        String id = submitted.expect(201).text("id");

        JsonNode lead = admin.get("/api/producer-interest/" + id).expect(200).json();
        assertThat(lead.path("status").asString()).isEqualTo("NEW");
        assertThat(lead.path("companyName").asString()).isEqualTo("Laugh Track Productions");
        assertThat(lead.path("showTypes").valueStream().map(JsonNode::asString)).containsExactly("comedy", "improv");
        assertThat(lead.path("ipAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(lead.path("userAgent").asString()).isEqualTo("LeadFormTest/1.0");

        JsonNode contacted = admin.put("/api/producer-interest/" + id, Map.of("status", "CONTACTED",
                "notes", "Called; wants a demo")).expect(200).json();
        assertThat(contacted.path("status").asString()).isEqualTo("CONTACTED");
        assertThat(contacted.path("notes").asString()).isEqualTo("Called; wants a demo");
        admin.put("/api/producer-interest/" + id, Map.of("status", "CONVERTED")).expect(200);
        assertThat(admin.put("/api/producer-interest/" + id, Map.of("status", "REJECTED")).problem(409)
                .path("code").asString()).isEqualTo("interest-closed");
        assertThat(admin.get("/api/producer-interest?status=CONVERTED").expect(200).json().path("items")
                .valueStream().map(item -> item.path("id").asString())).contains(id);
    }

    @Test
    void aLeadFormWithMissingOrOversizedFieldsIsRefusedAndWritesNothing() {
        long events = eventCount();
        Map<String, Object> noEmail = leadForm();
        noEmail.remove("email");
        Map<String, Object> badEmail = leadForm();
        badEmail.put("email", "not an email");
        Map<String, Object> tooLong = leadForm();
        tooLong.put("platformChallenges", "x".repeat(2001));
        Map<String, Object> tooMany = leadForm();
        tooMany.put("showTypes", java.util.Collections.nCopies(21, "comedy"));
        for (Map<String, Object> form : List.of(noEmail, badEmail, tooLong, tooMany)) {
            admin.anonymous().post("/api/producer-interest", form).problem(400);
        }
        admin.anonymous().raw("POST", "/api/producer-interest", "{\"name\": ").problem(400);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    @Order(Integer.MAX_VALUE) // it uses up this address's allowance
    void theLeadFormIsRateLimitedPerAddress() {
        // This class allows 3 submissions per address per hour; other tests in this JVM may have used some.
        ApiClient.Response response;
        int accepted = 0;
        do {
            response = admin.anonymous().post("/api/producer-interest", leadForm());
            accepted += response.status() == 201 ? 1 : 0;
        } while (response.status() == 201 && accepted <= 3);
        assertThat(accepted).isLessThanOrEqualTo(3);
        JsonNode problem = response.problem(429);
        assertThat(problem.path("code").asString()).isEqualTo("rate-limited");
    }

    private String invite(String email) {
        return admin.post("/api/producers/" + producer + "/invitations", Map.of("email", email)).expect(201).text("token");
    }

    private ApiClient.Response accept(String token) {
        return admin.anonymous().post("/api/invitations/" + token + "/accept",
                Map.of("firstName", "Ina", "lastName", "Vitee", "password", TestUsers.PASSWORD));
    }

    private long eventCount() {
        return StoredEvents.count(jdbc);
    }

    private static Map<String, Object> leadForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("name", "Rosa Lead");
        form.put("email", "rosa+" + System.nanoTime() + "@example.com");
        form.put("phone", "+1 312 555 0100");
        form.put("companyName", "Laugh Track Productions");
        form.put("city", "Chicago");
        form.put("state", "IL");
        form.put("eventsPerYear", "12-24");
        form.put("showTypes", List.of("comedy", "improv"));
        form.put("currentPlatform", List.of("Eventbrite"));
        form.put("platformChallenges", "Fees");
        form.put("desiredFeatures", "Lower fees");
        form.put("interestedInMarketing", true);
        return form;
    }
}
