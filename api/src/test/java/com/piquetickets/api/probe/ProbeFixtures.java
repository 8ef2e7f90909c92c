package com.piquetickets.api.probe;

import static com.piquetickets.api.support.CatalogueFixtures.daysFromNow;
import static com.piquetickets.api.support.CatalogueFixtures.unique;
import static org.awaitility.Awaitility.await;

import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.CatalogueFixtures;
import com.piquetickets.api.support.TestUsers;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue, orders and users the sweep acts on, made through the API by the bootstrap administrator, and a
 * STAFF user to sweep as. A separate published show with a free ticket type stays untouched for the check after.
 */
final class ProbeFixtures {

    /** The fixtures by kind, the staff caller's access token, and the untouched show with its free ticket type. */
    record Made(Map<Fixture, String> ids, String staffToken, String untouchedShow, String untouchedTicketType) {
    }

    private final ApiClient admin;
    private final CatalogueFixtures catalogue;

    ProbeFixtures(int port) {
        this.admin = TestUsers.admin(port);
        this.catalogue = new CatalogueFixtures(admin);
    }

    Made make() {
        Map<Fixture, String> ids = new EnumMap<>(Fixture.class);
        String producer = catalogue.producer(unique("Probe producer"));
        ids.put(Fixture.PRODUCER, producer);
        ids.put(Fixture.SANDBOX_PRODUCER, catalogue.producer(unique("Sandbox producer")));
        ids.put(Fixture.SPARE_PRODUCER, catalogue.producer(unique("Spare producer")));
        String venue = catalogue.venue(unique("Probe venue"));
        ids.put(Fixture.VENUE, venue);
        ids.put(Fixture.SPARE_VENUE, catalogue.venue(unique("Spare venue")));
        ids.put(Fixture.PERFORMER, catalogue.performer(unique("Probe performer")));

        String sandbox = catalogue.draftShow(producer, venue, unique("Sandbox show"), daysFromNow(30));
        ids.put(Fixture.SANDBOX_SHOW, sandbox);
        ids.put(Fixture.TICKET_TYPE, catalogue.ticketType(sandbox, "Free entry", 100, "0.00"));
        ids.put(Fixture.SPARE_TICKET_TYPE, catalogue.ticketType(sandbox, "Spare entry", 100, "0.00"));
        admin.post("/api/shows/" + sandbox + "/promo-codes", Map.of("code", "PROBECODE", "discount", 10)).expect(201);
        ids.put(Fixture.PROMO_CODE, "PROBECODE");
        publish(sandbox);
        ids.put(Fixture.SPARE_SHOW, publishedFreeShow(producer, venue, "Spare show", 100)[0]);
        ids.put(Fixture.SPARE_DRAFT, catalogue.draftShow(producer, venue, unique("Spare draft"), daysFromNow(30)));

        String[] orderShow = publishedFreeShow(producer, venue, "Order show", 1_000_000);
        ids.put(Fixture.ORDER_SHOW, orderShow[0]);
        ids.put(Fixture.ORDER_TICKET_TYPE, orderShow[1]);
        String order = freeOrder(orderShow);
        ids.put(Fixture.ORDER, order);
        ids.put(Fixture.ATTENDEE, await().atMost(Duration.ofSeconds(30)).until(
                () -> admin.get("/api/orders/" + order).json().path("attendees").path(0).path("uuid").asString(""),
                uuid -> !uuid.isEmpty()));
        ids.put(Fixture.SPARE_ORDER, freeOrder(orderShow));

        ids.put(Fixture.SPARE_USER, TestUsers.user(admin, List.of(), List.of(), false).id());
        ids.put(Fixture.LEAD, admin.anonymous().post("/api/producer-interest",
                Map.of("name", "Probe lead", "email", "lead@example.com")).expect(201).text("id"));
        ids.put(Fixture.INVITATION_TOKEN, admin.post("/api/producers/" + producer + "/invitations",
                Map.of("email", "invitee@example.com")).expect(201).text("token"));

        ids.put(Fixture.CHECK_IN_SESSION, admin.post("/api/shows/" + sandbox + "/check-in-sessions",
                Map.of("name", "Probe door")).expect(201).text("sessionId"));
        ids.put(Fixture.SCAN_ID, "probe-scan-1");
        ids.put(Fixture.PROJECTION, "featured-shows");
        ids.put(Fixture.DEAD_LETTER_SEQUENCE, java.util.UUID.randomUUID().toString());

        TestUsers.SignedIn staff = TestUsers.user(admin, List.of("STAFF"), List.of(), false);
        String[] untouched = publishedFreeShow(producer, venue, "Untouched show", 100);
        return new Made(ids, TestUsers.signIn(admin, staff.email(), TestUsers.PASSWORD), untouched[0], untouched[1]);
    }

    /** A published show with one free ticket type: {show id, ticket type id}. */
    private String[] publishedFreeShow(String producer, String venue, String title, int seats) {
        String show = catalogue.draftShow(producer, venue, unique(title), daysFromNow(30));
        String ticketType = catalogue.ticketType(show, "Free entry", seats, "0.00");
        publish(show);
        return new String[] {show, ticketType};
    }

    private void publish(String show) {
        admin.post("/api/shows/" + show + "/publish", null).expect(200);
    }

    private String freeOrder(String[] showAndTicketType) {
        return admin.anonymous().post("/api/orders", Map.of("showId", showAndTicketType[0],
                "buyer", Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.com"),
                "lines", List.of(Map.of("ticketTypeId", showAndTicketType[1], "quantity", 1)))).expect(201).text("orderId");
    }
}
