package com.piquetickets.api.probe;

import static com.piquetickets.api.probe.Fixture.ATTENDEE;
import static com.piquetickets.api.probe.Fixture.INVITATION_TOKEN;
import static com.piquetickets.api.probe.Fixture.LEAD;
import static com.piquetickets.api.probe.Fixture.ORDER;
import static com.piquetickets.api.probe.Fixture.PERFORMER;
import static com.piquetickets.api.probe.Fixture.PRODUCER;
import static com.piquetickets.api.probe.Fixture.PROMO_CODE;
import static com.piquetickets.api.probe.Fixture.SANDBOX_SHOW;
import static com.piquetickets.api.probe.Fixture.SPARE_DRAFT;
import static com.piquetickets.api.probe.Fixture.SPARE_ORDER;
import static com.piquetickets.api.probe.Fixture.SPARE_PRODUCER;
import static com.piquetickets.api.probe.Fixture.SPARE_SHOW;
import static com.piquetickets.api.probe.Fixture.SPARE_TICKET_TYPE;
import static com.piquetickets.api.probe.Fixture.SPARE_USER;
import static com.piquetickets.api.probe.Fixture.SPARE_VENUE;
import static com.piquetickets.api.probe.Fixture.TICKET_TYPE;
import static com.piquetickets.api.probe.Fixture.VENUE;
import static com.piquetickets.api.probe.Fixture.ORDER_SHOW;
import static com.piquetickets.api.probe.Fixture.CHECK_IN_SESSION;
import static com.piquetickets.api.probe.Fixture.DEAD_LETTER_SEQUENCE;
import static com.piquetickets.api.probe.Fixture.PROJECTION;
import static com.piquetickets.api.probe.Fixture.SCAN_ID;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every operation the probe knows, with the fixture each of its path parameters is filled with. An operation of the
 * document that is missing here, or a path parameter without a fixture, fails the probe before it sends anything:
 * whoever adds an endpoint says here what it acts on, and the sweep covers it from then on.
 */
final class PathParameters {

    private static final Map<String, Map<String, Fixture>> OPERATIONS = new LinkedHashMap<>();
    /** Operations that answer a signed-in caller with an endless event stream: probed with the anonymous caller only. */
    private static final java.util.Set<String> STREAMS = new java.util.HashSet<>();

    static {
        // Signing in and the signed-in user
        op("POST /api/auth/token");
        op("POST /api/auth/refresh");
        op("POST /api/auth/logout");
        op("GET /api/me");
        // Users
        op("POST /api/users");
        op("GET /api/users");
        op("GET /api/users/{id}", "id", SPARE_USER);
        op("PUT /api/users/{id}/roles", "id", SPARE_USER);
        op("PUT /api/users/{id}/profile", "id", SPARE_USER);
        op("PUT /api/users/{id}/password", "id", SPARE_USER);
        op("POST /api/users/{id}/deactivate", "id", SPARE_USER);
        op("POST /api/users/{id}/reactivate", "id", SPARE_USER);
        op("PUT /api/producers/{producerId}/members/{userId}", "producerId", PRODUCER, "userId", SPARE_USER);
        op("DELETE /api/producers/{producerId}/members/{userId}", "producerId", PRODUCER, "userId", SPARE_USER);
        // Invitations and leads
        op("GET /api/producers/{id}/invitations", "id", PRODUCER);
        op("POST /api/producers/{id}/invitations", "id", PRODUCER);
        op("GET /api/invitations/{token}", "token", INVITATION_TOKEN);
        op("POST /api/invitations/{token}/accept", "token", INVITATION_TOKEN);
        op("POST /api/producer-interest");
        op("GET /api/producer-interest");
        op("GET /api/producer-interest/{id}", "id", LEAD);
        op("PUT /api/producer-interest/{id}", "id", LEAD);
        // Venues, performers, producers, featured shows
        op("POST /api/venues");
        op("GET /api/venues");
        op("GET /api/venues/{idOrSlug}", "idOrSlug", VENUE);
        op("PUT /api/venues/{id}", "id", VENUE);
        op("POST /api/venues/{id}/deactivate", "id", SPARE_VENUE);
        op("POST /api/performers");
        op("GET /api/performers");
        op("GET /api/performers/{idOrSlug}", "idOrSlug", PERFORMER);
        op("PUT /api/performers/{id}", "id", PERFORMER);
        op("POST /api/producers");
        op("GET /api/producers");
        op("GET /api/producers/{idOrSlug}", "idOrSlug", PRODUCER);
        op("PUT /api/producers/{id}", "id", PRODUCER);
        op("POST /api/producers/{id}/deactivate", "id", SPARE_PRODUCER);
        op("POST /api/producers/{id}/stripe/account-link", "id", PRODUCER);
        op("GET /api/producers/{id}/stripe", "id", PRODUCER);
        op("GET /api/featured-shows");
        op("PUT /api/featured-shows");
        // Shows
        op("POST /api/shows");
        op("GET /api/shows");
        op("GET /api/shows/{idOrSlug}", "idOrSlug", SANDBOX_SHOW);
        op("PUT /api/shows/{id}", "id", SANDBOX_SHOW);
        op("DELETE /api/shows/{id}", "id", SPARE_DRAFT);
        op("GET /api/producers/{producerId}/shows", "producerId", PRODUCER);
        op("GET /api/producers/{producerId}/shows/{showId}", "producerId", PRODUCER, "showId", SANDBOX_SHOW);
        op("POST /api/shows/{id}/ticket-types", "id", SANDBOX_SHOW);
        op("PUT /api/shows/{id}/ticket-types/{ticketTypeId}", "id", SANDBOX_SHOW, "ticketTypeId", TICKET_TYPE);
        op("DELETE /api/shows/{id}/ticket-types/{ticketTypeId}", "id", SANDBOX_SHOW, "ticketTypeId", SPARE_TICKET_TYPE);
        op("POST /api/shows/{id}/promo-codes", "id", SANDBOX_SHOW);
        op("DELETE /api/shows/{id}/promo-codes/{code}", "id", SANDBOX_SHOW, "code", PROMO_CODE);
        op("PUT /api/shows/{id}/page-design", "id", SANDBOX_SHOW);
        op("PUT /api/shows/{id}/performers", "id", SANDBOX_SHOW);
        op("PUT /api/shows/{id}/payment-options", "id", SANDBOX_SHOW);
        op("POST /api/shows/{id}/unpublish", "id", SPARE_SHOW);
        op("POST /api/shows/{id}/publish", "id", SPARE_SHOW);
        op("POST /api/shows/{id}/cancel", "id", SPARE_SHOW);
        op("GET /api/shows/{showId}/attendees", "showId", SANDBOX_SHOW);
        // Orders and tickets
        op("POST /api/orders");
        op("GET /api/orders");
        op("GET /api/orders/{id}", "id", ORDER);
        op("GET /api/orders/{id}/emails", "id", ORDER);
        op("POST /api/orders/{id}/resend-confirmation", "id", ORDER);
        op("POST /api/orders/{id}/refunds", "id", SPARE_ORDER);
        op("POST /api/orders/{id}/payments/confirm", "id", SPARE_ORDER);
        op("GET /api/attendees/{uuid}", "uuid", ATTENDEE);
        op("GET /api/attendees/{uuid}/qr.png", "uuid", ATTENDEE);
        op("GET /api/attendees/{uuid}/code", "uuid", ATTENDEE);
        op("GET /api/orders/{id}/payment", "id", SPARE_ORDER);
        // Door check-in (the door routes take a door token: both callers are refused, the body fields are not reached)
        op("GET /api/shows/{showId}/check-in-sessions", "showId", SANDBOX_SHOW);
        op("POST /api/shows/{showId}/check-in-sessions", "showId", SANDBOX_SHOW);
        op("DELETE /api/shows/{showId}/check-in-sessions/{sessionId}", "showId", SANDBOX_SHOW, "sessionId", CHECK_IN_SESSION);
        op("GET /api/shows/{showId}/check-in/stats", "showId", SANDBOX_SHOW);
        stream("GET /api/shows/{showId}/check-in/stats/stream", "showId", SANDBOX_SHOW);
        op("POST /api/check-in/scans");
        op("POST /api/check-in/scans/{scanId}/undo", "scanId", SCAN_ID);
        op("POST /api/check-in/scans/batch");
        op("POST /api/check-in/group-scans");
        op("GET /api/check-in/manifest");
        // Event history, analytics, projections, webhooks
        op("GET /api/events");
        op("GET /api/events/export");
        op("GET /api/events/types");
        op("GET /api/analytics/shows/{showId}/sales", "showId", ORDER_SHOW);
        op("GET /api/analytics/shows/{showId}/sales/series", "showId", ORDER_SHOW);
        op("GET /api/admin/projections");
        op("POST /api/admin/projections/{name}/rebuild", "name", PROJECTION);
        op("GET /api/admin/projections/{name}/dead-letters", "name", PROJECTION);
        op("POST /api/admin/projections/{name}/dead-letters/{sequence}/retry", "name", PROJECTION,
                "sequence", DEAD_LETTER_SEQUENCE);
        op("DELETE /api/admin/projections/{name}/dead-letters/{sequence}", "name", PROJECTION,
                "sequence", DEAD_LETTER_SEQUENCE);
        op("POST /api/webhooks/stripe");
    }

    private static void stream(String key, Object... parameterAndFixture) {
        op(key, parameterAndFixture);
        STREAMS.add(key);
    }

    static boolean isStream(ApiDocument.Operation operation) {
        return STREAMS.contains(operation.key());
    }

    private PathParameters() {
    }

    private static void op(String key, Object... parameterAndFixture) {
        Map<String, Fixture> parameters = new LinkedHashMap<>();
        for (int i = 0; i < parameterAndFixture.length; i += 2) {
            parameters.put((String) parameterAndFixture[i], (Fixture) parameterAndFixture[i + 1]);
        }
        OPERATIONS.put(key, parameters);
    }

    /** The fixture for a path parameter of an operation (known: {@link #uncovered} has been checked). */
    static Fixture fixture(ApiDocument.Operation operation, String parameter) {
        return OPERATIONS.get(operation.key()).get(parameter);
    }

    /** What the document has and this registry does not know, and what the registry lists that the document lacks. */
    static List<String> uncovered(List<ApiDocument.Operation> operations) {
        List<String> problems = new ArrayList<>();
        for (ApiDocument.Operation operation : operations) {
            Map<String, Fixture> known = OPERATIONS.get(operation.key());
            if (known == null) {
                problems.add("operation " + operation.key() + " is not covered: add it to PathParameters with a fixture"
                        + " for each of its path parameters " + names(operation.parameters("path")));
                continue;
            }
            for (ApiDocument.Parameter parameter : operation.parameters("path")) {
                if (!known.containsKey(parameter.name())) {
                    problems.add("path parameter {" + parameter.name() + "} of " + operation.key()
                            + " has no fixture in PathParameters");
                }
            }
        }
        List<String> documented = operations.stream().map(ApiDocument.Operation::key).toList();
        OPERATIONS.keySet().stream().filter(key -> !documented.contains(key))
                .forEach(key -> problems.add("PathParameters lists " + key + ", which the document does not have"));
        return problems;
    }

    private static List<String> names(List<ApiDocument.Parameter> parameters) {
        return parameters.stream().map(ApiDocument.Parameter::name).toList();
    }
}
