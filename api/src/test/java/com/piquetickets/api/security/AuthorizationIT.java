package com.piquetickets.api.security;

import com.piquetickets.api.support.StoredEvents;
import static com.piquetickets.api.support.CatalogueFixtures.daysFromNow;
import static com.piquetickets.api.support.CatalogueFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.CatalogueFixtures;
import com.piquetickets.api.support.PostgresIntegrationTest;
import com.piquetickets.api.support.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The authorisation matrix, endpoint by endpoint and role by role, against the running application.
 *
 * <p>Every caller who may not call an endpoint gets 401 (anonymous) or 403 (signed in) and the event store does not
 * grow. Every caller who may gets past the access check: any answer but 401/403. Mutating calls carry a body that
 * fails validation or target a throwaway resource, so the allowed calls do not disturb the rows after them; denied
 * calls run first, all of them, while the event count is watched.
 */
@PostgresIntegrationTest
class AuthorizationIT {

    /** {@code DOOR_DEVICE}: a door device of the show, by its door token (it is nobody's user account). */
    enum Caller { ANONYMOUS, PLAIN_USER, ANALYST, SUPPORT, OTHER_PRODUCER, MEMBER, PUBLISHER, STAFF, SUPERUSER, DOOR_DEVICE }

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS, Caller.DOOR_DEVICE));
    private static final Set<Caller> DOOR = EnumSet.of(Caller.DOOR_DEVICE);
    private static final Set<Caller> STAFF = EnumSet.of(Caller.STAFF, Caller.SUPERUSER);
    private static final Set<Caller> MANAGERS = EnumSet.of(Caller.MEMBER, Caller.PUBLISHER, Caller.STAFF, Caller.SUPERUSER);
    private static final Set<Caller> PUBLISHERS = EnumSet.of(Caller.PUBLISHER, Caller.STAFF, Caller.SUPERUSER);
    private static final Set<Caller> MANAGERS_AND_SUPPORT = plus(MANAGERS, Caller.SUPPORT);
    private static final Set<Caller> STAFF_AND_SUPPORT = plus(STAFF, Caller.SUPPORT);
    private static final Set<Caller> STAFF_AND_ANALYST = plus(STAFF, Caller.ANALYST);
    private static final Map<String, Object> INVALID = Map.of("unexpected", true);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final Map<Caller, ApiClient> callers = new LinkedHashMap<>();
    private final Map<String, String> ids = new HashMap<>();
    private Map<String, Object> newShow;

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryCaller() {
        setUp();
        List<Row> rows = rows();
        List<DynamicTest> denied = new ArrayList<>();
        List<DynamicTest> allowed = new ArrayList<>();
        AtomicLong eventsBefore = new AtomicLong();
        denied.add(DynamicTest.dynamicTest("(the event store is quiet before the denied calls)",
                () -> eventsBefore.set(quietEventCount())));
        for (Row row : rows) {
            for (Caller caller : Caller.values()) {
                String name = row.method() + " " + row.path() + " as " + caller;
                if (row.allowed().contains(caller)) {
                    allowed.add(DynamicTest.dynamicTest(name + " is allowed", () -> {
                        ApiClient.Response response = call(caller, row);
                        assertThat(response.status()).as("%s answered %s", name, response.body()).isNotIn(401, 403);
                    }));
                } else {
                    denied.add(DynamicTest.dynamicTest(name + " is refused", () -> {
                        ApiClient.Response response = call(caller, row);
                        int expected = caller == Caller.ANONYMOUS ? 401 : 403;
                        assertThat(response.problem(expected).path("code").asString()).isNotBlank();
                    }));
                }
            }
        }
        denied.add(DynamicTest.dynamicTest("(no refused call wrote an event)",
                () -> assertThat(eventCount()).isEqualTo(eventsBefore.get())));
        return Stream.concat(denied.stream(), allowed.stream());
    }

    private ApiClient.Response call(Caller caller, Row row) {
        String path = row.path();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        return row.stream() ? callers.get(caller).stream(path) : callers.get(caller).call(row.method(), path, row.body());
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // Authentication and the signed-in user
        rows.add(new Row("POST", "/api/auth/token", INVALID, EVERYONE));
        rows.add(new Row("POST", "/api/auth/refresh", INVALID, EVERYONE));
        rows.add(new Row("POST", "/api/auth/logout", INVALID, EVERYONE));
        rows.add(new Row("GET", "/api/me", null, SIGNED_IN));
        // Users and roles
        rows.add(new Row("POST", "/api/users", INVALID, STAFF));
        rows.add(new Row("GET", "/api/users", null, STAFF));
        rows.add(new Row("GET", "/api/users/{memberUser}", null, EnumSet.of(Caller.MEMBER, Caller.STAFF, Caller.SUPERUSER)));
        rows.add(new Row("PUT", "/api/users/{throwawayUser}/profile", INVALID, STAFF));
        rows.add(new Row("PUT", "/api/users/{throwawayUser}/roles", INVALID, STAFF));
        rows.add(new Row("PUT", "/api/users/{memberUser}/password", INVALID,
                EnumSet.of(Caller.MEMBER, Caller.STAFF, Caller.SUPERUSER)));
        rows.add(new Row("POST", "/api/users/{throwawayUser}/deactivate", null, STAFF));
        rows.add(new Row("POST", "/api/users/{throwawayUser}/reactivate", null, STAFF));
        rows.add(new Row("PUT", "/api/producers/{producer}/members/{throwawayUser}", null, STAFF));
        rows.add(new Row("DELETE", "/api/producers/{producer}/members/{throwawayUser}", null, STAFF));
        // Onboarding
        rows.add(new Row("POST", "/api/producers/{producer}/invitations", INVALID, STAFF));
        rows.add(new Row("GET", "/api/producers/{producer}/invitations", null, MANAGERS));
        rows.add(new Row("GET", "/api/invitations/unknown-token", null, EVERYONE));
        rows.add(new Row("POST", "/api/invitations/unknown-token/accept", INVALID, EVERYONE));
        rows.add(new Row("POST", "/api/producer-interest", INVALID, EVERYONE));
        rows.add(new Row("GET", "/api/producer-interest", null, STAFF));
        rows.add(new Row("GET", "/api/producer-interest/{randomId}", null, STAFF));
        rows.add(new Row("PUT", "/api/producer-interest/{randomId}", INVALID, STAFF));
        // Catalogue: venues, performers, producers, featured shows
        rows.add(new Row("GET", "/api/venues", null, EVERYONE));
        rows.add(new Row("GET", "/api/venues/{venue}", null, EVERYONE));
        rows.add(new Row("POST", "/api/venues", INVALID, STAFF));
        rows.add(new Row("PUT", "/api/venues/{venue}", INVALID, STAFF));
        rows.add(new Row("POST", "/api/venues/{throwawayVenue}/deactivate", null, STAFF));
        rows.add(new Row("GET", "/api/performers", null, EVERYONE));
        rows.add(new Row("GET", "/api/performers/{performer}", null, EVERYONE));
        rows.add(new Row("POST", "/api/performers", INVALID, STAFF));
        rows.add(new Row("PUT", "/api/performers/{performer}", INVALID, STAFF));
        rows.add(new Row("GET", "/api/producers", null, EVERYONE));
        rows.add(new Row("GET", "/api/producers/{producer}", null, EVERYONE));
        rows.add(new Row("POST", "/api/producers", INVALID, STAFF));
        rows.add(new Row("PUT", "/api/producers/{producer}", INVALID, MANAGERS));
        rows.add(new Row("POST", "/api/producers/{throwawayProducer}/deactivate", null, STAFF));
        rows.add(new Row("POST", "/api/producers/{producer}/stripe/account-link", null, MANAGERS));
        rows.add(new Row("GET", "/api/producers/{producer}/stripe", null, MANAGERS));
        rows.add(new Row("GET", "/api/featured-shows", null, EVERYONE));
        rows.add(new Row("PUT", "/api/featured-shows", INVALID, STAFF));
        // Shows
        rows.add(new Row("GET", "/api/shows", null, EVERYONE));
        rows.add(new Row("GET", "/api/shows/{show}", null, EVERYONE));
        rows.add(new Row("POST", "/api/shows", newShow, MANAGERS));
        rows.add(new Row("GET", "/api/producers/{producer}/shows", null, MANAGERS));
        rows.add(new Row("GET", "/api/producers/{producer}/shows/{draft}", null, MANAGERS));
        rows.add(new Row("PUT", "/api/shows/{show}", INVALID, MANAGERS));
        rows.add(new Row("DELETE", "/api/shows/{throwawayDraft}", null, MANAGERS));
        rows.add(new Row("POST", "/api/shows/{show}/ticket-types", INVALID, MANAGERS));
        rows.add(new Row("PUT", "/api/shows/{show}/ticket-types/{randomId}", INVALID, MANAGERS));
        rows.add(new Row("DELETE", "/api/shows/{show}/ticket-types/{randomId}", null, MANAGERS));
        rows.add(new Row("POST", "/api/shows/{show}/promo-codes", INVALID, MANAGERS));
        rows.add(new Row("DELETE", "/api/shows/{show}/promo-codes/NO-SUCH-CODE", null, MANAGERS));
        rows.add(new Row("PUT", "/api/shows/{show}/page-design", INVALID, MANAGERS));
        rows.add(new Row("PUT", "/api/shows/{show}/performers", INVALID, MANAGERS));
        rows.add(new Row("PUT", "/api/shows/{show}/payment-options", INVALID, MANAGERS));
        rows.add(new Row("POST", "/api/shows/{show}/publish", null, PUBLISHERS));
        rows.add(new Row("POST", "/api/shows/{throwawayShow}/unpublish", null, MANAGERS));
        rows.add(new Row("POST", "/api/shows/{show}/cancel", INVALID, MANAGERS));
        // Orders and attendees
        rows.add(new Row("POST", "/api/orders", INVALID, EVERYONE));
        rows.add(new Row("GET", "/api/orders/{order}", null, EVERYONE));
        rows.add(new Row("GET", "/api/orders/{order}/payment", null, EVERYONE));
        rows.add(new Row("GET", "/api/orders?show={show}", null, MANAGERS_AND_SUPPORT));
        rows.add(new Row("GET", "/api/orders?email=ada@example.com", null, STAFF_AND_SUPPORT));
        rows.add(new Row("GET", "/api/orders/{order}/emails", null, MANAGERS_AND_SUPPORT));
        rows.add(new Row("POST", "/api/orders/{order}/resend-confirmation", null, MANAGERS_AND_SUPPORT));
        rows.add(new Row("POST", "/api/orders/{order}/payments/confirm", INVALID, MANAGERS));
        rows.add(new Row("POST", "/api/orders/{order}/refunds", INVALID, MANAGERS));
        rows.add(new Row("GET", "/api/attendees/{attendee}", null, EVERYONE));
        rows.add(new Row("GET", "/api/attendees/{attendee}/qr.png", null, EVERYONE));
        rows.add(new Row("GET", "/api/attendees/{attendee}/code", null, EVERYONE));
        rows.add(new Row("GET", "/api/shows/{show}/attendees", null, MANAGERS_AND_SUPPORT));
        // Door check-in: producers manage their shows' door devices and watch the counts; door tokens scan
        rows.add(new Row("POST", "/api/shows/{show}/check-in-sessions", INVALID, MANAGERS));
        rows.add(new Row("GET", "/api/shows/{show}/check-in-sessions", null, MANAGERS));
        rows.add(new Row("DELETE", "/api/shows/{show}/check-in-sessions/{randomId}", null, MANAGERS));
        rows.add(new Row("GET", "/api/shows/{show}/check-in/stats", null, MANAGERS));
        rows.add(new Row("GET", "/api/shows/{show}/check-in/stats/stream", null, MANAGERS, true));
        rows.add(new Row("POST", "/api/check-in/scans", INVALID, DOOR));
        rows.add(new Row("POST", "/api/check-in/group-scans", INVALID, DOOR));
        rows.add(new Row("POST", "/api/check-in/scans/batch", INVALID, DOOR));
        rows.add(new Row("POST", "/api/check-in/scans/{randomId}/undo", null, DOOR));
        rows.add(new Row("GET", "/api/check-in/manifest", null, DOOR));
        // History
        rows.add(new Row("GET", "/api/events?limit=5", null, STAFF_AND_ANALYST));
        rows.add(new Row("GET", "/api/events/export?limit=2", null, STAFF_AND_ANALYST));
        rows.add(new Row("GET", "/api/events/types", null, STAFF_AND_ANALYST));
        // Analytics: read by analysts
        rows.add(new Row("GET", "/api/analytics/shows/{show}/sales", null, STAFF_AND_ANALYST));
        rows.add(new Row("GET", "/api/analytics/shows/{show}/sales/series?interval=1h", null, STAFF_AND_ANALYST));
        // Projections: watched by analysts, rebuilt and their dead letters worked by staff
        rows.add(new Row("GET", "/api/admin/projections", null, STAFF_AND_ANALYST));
        rows.add(new Row("POST", "/api/admin/projections/no-such-projection/rebuild", null, STAFF));
        rows.add(new Row("GET", "/api/admin/projections/venue-catalogue/dead-letters", null, STAFF));
        rows.add(new Row("POST", "/api/admin/projections/venue-catalogue/dead-letters/{randomId}/retry", null, STAFF));
        rows.add(new Row("DELETE", "/api/admin/projections/venue-catalogue/dead-letters/{randomId}", null, STAFF));
        // Webhooks prove themselves by signature
        rows.add(new Row("POST", "/api/webhooks/stripe", INVALID, EVERYONE));
        return rows;
    }

    /** Producer A (with members), producer B (with its own member), a published show of A with a free order, and users. */
    private void setUp() {
        ApiClient admin = TestUsers.admin(port);
        CatalogueFixtures catalogue = new CatalogueFixtures(admin);
        String producer = catalogue.producer(unique("Producer A"));
        String otherProducer = catalogue.producer(unique("Producer B"));
        String venue = catalogue.venue(unique("Venue"));
        String show = catalogue.draftShow(producer, venue, unique("Show"), daysFromNow(30));
        String ticketType = catalogue.ticketType(show, "Free admission", 50, "0.00");
        admin.post("/api/shows/" + show + "/publish", null).expect(200);
        String throwawayShow = catalogue.draftShow(producer, venue, unique("Throwaway show"), daysFromNow(30));
        catalogue.ticketType(throwawayShow, "Free admission", 10, "0.00");
        admin.post("/api/shows/" + throwawayShow + "/publish", null).expect(200);
        String order = admin.anonymous().post("/api/orders", Map.of("showId", show,
                "buyer", Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.com"),
                "lines", List.of(Map.of("ticketTypeId", ticketType, "quantity", 2)))).expect(201).text("orderId");
        String attendee = await().atMost(Duration.ofSeconds(30)).until(
                () -> admin.get("/api/orders/" + order).json().path("attendees").path(0).path("uuid").asString(""),
                uuid -> !uuid.isEmpty());

        ids.put("producer", producer);
        newShow = catalogue.showBody(producer, venue, unique("New show"), daysFromNow(40));
        ids.put("throwawayProducer", catalogue.producer(unique("Throwaway producer")));
        ids.put("venue", venue);
        ids.put("throwawayVenue", catalogue.venue(unique("Throwaway venue")));
        ids.put("performer", catalogue.performer(unique("Performer")));
        ids.put("show", show);
        ids.put("draft", catalogue.draftShow(producer, venue, unique("Draft"), daysFromNow(30)));
        ids.put("throwawayDraft", catalogue.draftShow(producer, venue, unique("Throwaway draft"), daysFromNow(30)));
        ids.put("throwawayShow", throwawayShow);
        ids.put("order", order);
        ids.put("attendee", attendee);
        ids.put("randomId", UUID.randomUUID().toString());

        callers.put(Caller.ANONYMOUS, admin.anonymous());
        callers.put(Caller.PLAIN_USER, TestUsers.user(admin, List.of(), List.of(), false).api());
        callers.put(Caller.ANALYST, TestUsers.user(admin, List.of("ANALYST"), List.of(), false).api());
        callers.put(Caller.SUPPORT, TestUsers.user(admin, List.of("SUPPORT"), List.of(), false).api());
        callers.put(Caller.OTHER_PRODUCER, TestUsers.user(admin, List.of(), List.of(otherProducer), true).api());
        TestUsers.SignedIn member = TestUsers.user(admin, List.of(), List.of(producer), false);
        callers.put(Caller.MEMBER, member.api());
        callers.put(Caller.PUBLISHER, TestUsers.user(admin, List.of(), List.of(producer), true).api());
        callers.put(Caller.STAFF, TestUsers.user(admin, List.of("STAFF"), List.of(), false).api());
        callers.put(Caller.SUPERUSER, admin);
        callers.put(Caller.DOOR_DEVICE, admin.anonymous().as(admin.post("/api/shows/" + show + "/check-in-sessions",
                Map.of("name", "Matrix door")).expect(201).text("token")));
        ids.put("memberUser", member.id());
        ids.put("throwawayUser", TestUsers.user(admin, List.of(), List.of(), false).id());
    }

    /** The event count once the sagas and processors set off by the set-up have stopped appending. */
    private long quietEventCount() {
        AtomicLong last = new AtomicLong(-1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> last.getAndSet(eventCount()) == last.get());
        return last.get();
    }

    private long eventCount() {
        return StoredEvents.count(jdbc);
    }

    private static Set<Caller> plus(Set<Caller> callers, Caller extra) {
        Set<Caller> result = EnumSet.copyOf(callers);
        result.add(extra);
        return result;
    }

    /** {@code stream}: a server-sent event stream, opened and closed again as soon as it answers. */
    private record Row(String method, String path, Object body, Set<Caller> allowed, boolean stream) {

        Row(String method, String path, Object body, Set<Caller> allowed) {
            this(method, path, body, allowed, false);
        }
    }
}
