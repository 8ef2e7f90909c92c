package com.piquetickets.saga.fakes;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stripe's API, as much of it as {@code StripeCheckoutGateway} and {@code StripeConnectAccounts} use, on an in-process
 * HTTP server at {@code http://127.0.0.1:<random port>}: Checkout Sessions (create, retrieve with
 * {@code expand[]=payment_intent}, expire), refunds, and Connect: accounts (create, retrieve) and account links,
 * answered in Stripe's JSON shapes so the real stripe-java client parses them.
 *
 * <p>It keeps state, records every request (form fields and headers, {@code Idempotency-Key} among them) and honours
 * idempotency keys as Stripe does: the same key with the same parameters replays the first answer, with different
 * parameters it is a 400 {@code idempotency_error}. Test controls play Stripe's side: {@link #completeSession} (the
 * buyer paid), {@link #expireSessionNow} (the session timed out), {@link #completeOnboarding} (the producer finished
 * Stripe's onboarding), {@link #failNext} (Stripe is down), and {@link #signedWebhook} / {@link #signedAccountWebhook}
 * build the body and {@code Stripe-Signature} header Stripe would post to the webhook.
 *
 * <pre>{@code
 * try (FakeStripe stripe = FakeStripe.start()) {
 *     // pique.stripe.secret-key=sk_test_fake, pique.stripe.api-base=stripe.apiBase(),
 *     // pique.stripe.webhook-secret=FakeStripe.WEBHOOK_SECRET
 * }
 * }</pre>
 */
public final class FakeStripe implements AutoCloseable {

    /** The secret {@link #signedWebhook} signs with unless another was given to {@link #start(String)}. */
    public static final String WEBHOOK_SECRET = "whsec_fake_stripe_test_secret";

    private static final Pattern SESSION = Pattern.compile("/v1/checkout/sessions/([^/]+)");
    private static final Pattern SESSION_EXPIRE = Pattern.compile("/v1/checkout/sessions/([^/]+)/expire");
    private static final Pattern ACCOUNT = Pattern.compile("/v1/accounts/([^/]+)");
    private static final Gson GSON = new GsonBuilder().serializeNulls().create();

    private final HttpServer server;
    private final String webhookSecret;
    private final Clock clock;
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final Map<String, JsonObject> sessions = new LinkedHashMap<>();
    private final Map<String, JsonObject> paymentIntents = new HashMap<>();
    private final Map<String, JsonObject> refunds = new LinkedHashMap<>();
    private final Map<String, JsonObject> accounts = new LinkedHashMap<>();
    private final List<String> accountLinks = new ArrayList<>();
    private final Map<String, Replay> idempotentAnswers = new HashMap<>();
    private int failuresToServe;

    private FakeStripe(String webhookSecret, Clock clock, int port) {
        this.webhookSecret = Objects.requireNonNull(webhookSecret, "webhookSecret");
        this.clock = clock;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "fake-stripe");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** A fake on a free port whose webhooks are signed with {@link #WEBHOOK_SECRET}. */
    public static FakeStripe start() {
        return start(WEBHOOK_SECRET);
    }

    public static FakeStripe start(String webhookSecret) {
        return start(webhookSecret, 0);
    }

    /** A fake on a given loopback port (0: any free one). */
    public static FakeStripe start(String webhookSecret, int port) {
        return new FakeStripe(webhookSecret, Clock.systemUTC(), port);
    }

    /** What to configure as the Stripe API base ({@code pique.stripe.api-base}). */
    public String apiBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String webhookSecret() {
        return webhookSecret;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    // --- what the tests look at --------------------------------------------------------------------------------

    /** Every request received, oldest first. */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests with this method whose path is {@code path}, oldest first. */
    public synchronized List<RecordedRequest> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    /** Ids of the Checkout Sessions created, oldest first. */
    public synchronized List<String> sessionIds() {
        return List.copyOf(sessions.keySet());
    }

    /** A session as Stripe would return it (not expanded), or an exception when there is no such session. */
    public synchronized JsonObject session(String sessionId) {
        return render(requireSession(sessionId), false);
    }

    /** open, complete or expired. */
    public synchronized String sessionStatus(String sessionId) {
        return requireSession(sessionId).get("status").getAsString();
    }

    /** The refunds made, oldest first. */
    public synchronized List<RefundMade> refunds() {
        return refunds.values().stream()
                .map(r -> new RefundMade(r.get("id").getAsString(), r.get("payment_intent").getAsString(),
                        r.get("amount").getAsLong(), r.get("currency").getAsString()))
                .toList();
    }

    public record RefundMade(String id, String paymentIntent, long amount, String currency) {
    }

    /** Ids of the connected accounts created, oldest first. */
    public synchronized List<String> accountIds() {
        return List.copyOf(accounts.keySet());
    }

    /** A connected account as Stripe would return it, or an exception when there is no such account. */
    public synchronized JsonObject account(String accountId) {
        return requireAccount(accountId).deepCopy();
    }

    /** The URLs of the onboarding links made, oldest first. */
    public synchronized List<String> accountLinkUrls() {
        return List.copyOf(accountLinks);
    }

    // --- test controls: Stripe's side ----------------------------------------------------------------------------

    /** The buyer paid: the session completes with a succeeded payment intent and a charge. */
    public synchronized Payment completeSession(String sessionId) {
        JsonObject session = requireSession(sessionId);
        if (!"open".equals(session.get("status").getAsString())) {
            throw new IllegalStateException("session " + sessionId + " is " + session.get("status").getAsString());
        }
        String paymentIntentId = newId("pi_");
        String chargeId = newId("ch_");
        JsonObject paymentIntent = new JsonObject();
        paymentIntent.addProperty("id", paymentIntentId);
        paymentIntent.addProperty("object", "payment_intent");
        paymentIntent.addProperty("amount", session.get("amount_total").getAsLong());
        paymentIntent.addProperty("amount_received", session.get("amount_total").getAsLong());
        paymentIntent.addProperty("currency", session.get("currency").getAsString());
        paymentIntent.addProperty("status", "succeeded");
        paymentIntent.addProperty("latest_charge", chargeId);
        paymentIntent.addProperty("created", now());
        paymentIntent.addProperty("livemode", false);
        JsonObject intentData = session.getAsJsonObject("__payment_intent_data");
        paymentIntent.add("metadata", intentData.getAsJsonObject("metadata").deepCopy());
        paymentIntent.add("application_fee_amount", intentData.get("application_fee_amount"));
        paymentIntent.add("transfer_data", intentData.get("transfer_data"));
        paymentIntents.put(paymentIntentId, paymentIntent);

        session.addProperty("status", "complete");
        session.addProperty("payment_status", "paid");
        session.addProperty("payment_intent", paymentIntentId);
        return new Payment(sessionId, paymentIntentId, chargeId);
    }

    public record Payment(String sessionId, String paymentIntentId, String chargeId) {
    }

    /** The producer finished Stripe's onboarding: details submitted, charges and payouts enabled. */
    public synchronized void completeOnboarding(String accountId) {
        JsonObject account = requireAccount(accountId);
        account.addProperty("details_submitted", true);
        account.addProperty("charges_enabled", true);
        account.addProperty("payouts_enabled", true);
    }

    /** Stripe disabled charges on the account (say, for missing verification). */
    public synchronized void disableCharges(String accountId) {
        requireAccount(accountId).addProperty("charges_enabled", false);
    }

    /** The session's time ran out (as Stripe does at its {@code expires_at}). */
    public synchronized void expireSessionNow(String sessionId) {
        JsonObject session = requireSession(sessionId);
        if (!"open".equals(session.get("status").getAsString())) {
            throw new IllegalStateException("session " + sessionId + " is " + session.get("status").getAsString());
        }
        session.addProperty("status", "expired");
    }

    /**
     * The next {@code count} requests get a 500 {@code api_error} (with {@code Stripe-Should-Retry: false}, so the
     * client does not retry them itself: each failure reaches the caller).
     */
    public synchronized void failNext(int count) {
        failuresToServe = count;
    }

    /**
     * A webhook delivery for {@code eventType} ({@code checkout.session.completed}, {@code checkout.session.expired},
     * ...) carrying the session as it is now, signed with the webhook secret via
     * {@link Webhook.Signature#generateSignatureHeader(String, String)}. Post {@code payload()} as the body with the
     * header {@code Stripe-Signature: signatureHeader()}.
     */
    public SignedWebhook signedWebhook(String eventType, String sessionId) {
        return signedWebhook(eventType, sessionId, newId("evt_"));
    }

    /** As {@link #signedWebhook(String, String)} with a given event id, to deliver the same event twice. */
    public synchronized SignedWebhook signedWebhook(String eventType, String sessionId, String eventId) {
        return signedEvent(eventType, render(requireSession(sessionId), false), eventId);
    }

    /** A signed {@code account.updated} delivery carrying the connected account as it is now. */
    public SignedWebhook signedAccountWebhook(String accountId) {
        return signedAccountWebhook(accountId, newId("evt_"));
    }

    /** As {@link #signedAccountWebhook(String)} with a given event id, to deliver the same event twice. */
    public synchronized SignedWebhook signedAccountWebhook(String accountId, String eventId) {
        return signedEvent("account.updated", requireAccount(accountId).deepCopy(), eventId);
    }

    private SignedWebhook signedEvent(String eventType, JsonObject object, String eventId) {
        JsonObject data = new JsonObject();
        data.add("object", object);
        JsonObject request = new JsonObject();
        request.add("id", JsonNull.INSTANCE);
        request.add("idempotency_key", JsonNull.INSTANCE);
        JsonObject event = new JsonObject();
        event.addProperty("id", eventId);
        event.addProperty("object", "event");
        event.addProperty("api_version", Stripe.API_VERSION);
        event.addProperty("created", now());
        event.add("data", data);
        event.addProperty("livemode", false);
        event.addProperty("pending_webhooks", 1);
        event.add("request", request);
        event.addProperty("type", eventType);
        String payload = GSON.toJson(event);
        return new SignedWebhook(eventId, payload, sign(payload, webhookSecret));
    }

    /** A body and the {@code Stripe-Signature} header for it. */
    public record SignedWebhook(String eventId, String payload, String signatureHeader) {

        /** The same body under a signature made with another secret: what a forged delivery looks like. */
        public SignedWebhook forgedWith(String otherSecret) {
            return new SignedWebhook(eventId, payload, sign(payload, otherSecret));
        }
    }

    private static String sign(String payload, String secret) {
        try {
            return Webhook.Signature.generateSignatureHeader(payload, secret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the API -----------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = FakeHttp.read(exchange);
            Answer answer;
            synchronized (this) {
                requests.add(request);
                answer = answer(request);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Request-Id", newId("req_"));
            if (request.idempotencyKey() != null) {
                headers.put("Idempotency-Key", request.idempotencyKey());
            }
            if (answer.status() >= 500) {
                headers.put("Stripe-Should-Retry", "false");
            }
            FakeHttp.respond(exchange, answer.status(), answer.json(), headers);
        } catch (RuntimeException e) {
            FakeHttp.respond(exchange, 500, error("api_error", null, "fake Stripe failed: " + e, null), Map.of());
        }
    }

    private Answer answer(RecordedRequest request) {
        if (failuresToServe > 0) {
            failuresToServe--;
            return new Answer(500, error("api_error", null, "Stripe is having a bad day (FakeStripe.failNext)", null));
        }
        if (!("Bearer".equals(authScheme(request)))) {
            return new Answer(401, error("invalid_request_error", null, "You did not provide an API key.", null));
        }
        String key = request.idempotencyKey();
        if (key != null && request.method().equals("POST")) {
            String fingerprint = request.path() + "?" + new java.util.TreeMap<>(request.params());
            Replay replay = idempotentAnswers.get(key);
            if (replay != null) {
                if (!replay.fingerprint().equals(fingerprint)) {
                    return new Answer(400, error("idempotency_error", null, "Keys for idempotent requests can only be "
                            + "used with the same parameters they were first used with. Try using a key other than '"
                            + key + "' if you meant to execute a different request.", null));
                }
                return replay.answer();
            }
            Answer answer = route(request);
            if (answer.status() < 500) {
                idempotentAnswers.put(key, new Replay(fingerprint, answer));
            }
            return answer;
        }
        return route(request);
    }

    private Answer route(RecordedRequest request) {
        String method = request.method();
        String path = request.path();
        Matcher expire = SESSION_EXPIRE.matcher(path);
        Matcher session = SESSION.matcher(path);
        if (method.equals("POST") && path.equals("/v1/checkout/sessions")) {
            return createSession(request.params());
        }
        if (method.equals("POST") && expire.matches()) {
            return expireSession(expire.group(1));
        }
        if (method.equals("GET") && session.matches()) {
            return retrieveSession(session.group(1), request.params());
        }
        if (method.equals("POST") && path.equals("/v1/refunds")) {
            return createRefund(request.params());
        }
        Matcher account = ACCOUNT.matcher(path);
        if (method.equals("POST") && path.equals("/v1/accounts")) {
            return createAccount(request.params());
        }
        if (method.equals("GET") && account.matches()) {
            JsonObject found = accounts.get(account.group(1));
            return found == null ? noSuch("account", account.group(1), "account") : ok(found);
        }
        if (method.equals("POST") && path.equals("/v1/account_links")) {
            return createAccountLink(request.params());
        }
        return new Answer(404, error("invalid_request_error", null,
                "Unrecognized request URL (" + method + ": " + path + "). FakeStripe does not implement it.", null));
    }

    private Answer createSession(Map<String, String> params) {
        if (!"payment".equals(params.get("mode"))) {
            return missing("mode");
        }
        if (params.get("success_url") == null) {
            return missing("success_url");
        }
        long amountTotal = 0;
        String currency = null;
        for (int i = 0; params.containsKey(lineItem(i, "quantity")); i++) {
            String unitAmount = params.get(lineItem(i, "price_data][unit_amount"));
            if (unitAmount == null) {
                return missing(lineItem(i, "price_data][unit_amount"));
            }
            if (params.get(lineItem(i, "price_data][product_data][name")) == null) {
                return missing(lineItem(i, "price_data][product_data][name"));
            }
            currency = params.get(lineItem(i, "price_data][currency"));
            amountTotal += Long.parseLong(unitAmount) * Long.parseLong(params.get(lineItem(i, "quantity")));
        }
        if (currency == null) {
            return missing("line_items");
        }
        String id = newId("cs_test_");
        JsonObject session = new JsonObject();
        session.addProperty("id", id);
        session.addProperty("object", "checkout.session");
        session.addProperty("amount_subtotal", amountTotal);
        session.addProperty("amount_total", amountTotal);
        session.addProperty("cancel_url", params.get("cancel_url"));
        session.addProperty("client_reference_id", params.get("client_reference_id"));
        session.addProperty("created", now());
        session.addProperty("currency", currency);
        session.addProperty("customer_email", params.get("customer_email"));
        session.addProperty("expires_at", params.containsKey("expires_at")
                ? Long.parseLong(params.get("expires_at")) : now() + 24 * 3600);
        session.addProperty("livemode", false);
        session.add("metadata", prefixed(params, "metadata"));
        session.addProperty("mode", "payment");
        session.add("payment_intent", JsonNull.INSTANCE);
        session.addProperty("payment_status", "unpaid");
        session.addProperty("status", "open");
        session.addProperty("success_url", params.get("success_url"));
        session.addProperty("url", "https://checkout.stripe.com/c/pay/" + id);
        // Kept for completeSession; Stripe does not show it on the session (render drops "__" fields).
        JsonObject intentData = new JsonObject();
        intentData.add("metadata", prefixed(params, "payment_intent_data[metadata]"));
        String fee = params.get("payment_intent_data[application_fee_amount]");
        intentData.add("application_fee_amount", fee == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(
                Long.parseLong(fee)));
        String destination = params.get("payment_intent_data[transfer_data][destination]");
        if (destination == null) {
            intentData.add("transfer_data", JsonNull.INSTANCE);
        } else {
            JsonObject transfer = new JsonObject();
            transfer.addProperty("destination", destination);
            intentData.add("transfer_data", transfer);
        }
        session.add("__payment_intent_data", intentData);
        sessions.put(id, session);
        return ok(render(session, false));
    }

    private Answer retrieveSession(String id, Map<String, String> params) {
        JsonObject session = sessions.get(id);
        if (session == null) {
            return noSuch("checkout.session", id, "session");
        }
        boolean expandPaymentIntent = params.entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("expand[") && e.getValue().equals("payment_intent"));
        return ok(render(session, expandPaymentIntent));
    }

    private Answer expireSession(String id) {
        JsonObject session = sessions.get(id);
        if (session == null) {
            return noSuch("checkout.session", id, "session");
        }
        String status = session.get("status").getAsString();
        if (!"open".equals(status)) {
            return new Answer(400, error("invalid_request_error", null, "Only Checkout Sessions with a status in "
                    + "[\"open\"] can be expired. This Checkout Session has a status of \"" + status + "\".", null));
        }
        session.addProperty("status", "expired");
        return ok(render(session, false));
    }

    private Answer createRefund(Map<String, String> params) {
        String paymentIntentId = params.get("payment_intent");
        if (paymentIntentId == null) {
            return missing("payment_intent");
        }
        JsonObject paymentIntent = paymentIntents.get(paymentIntentId);
        if (paymentIntent == null) {
            return noSuch("payment_intent", paymentIntentId, "payment_intent");
        }
        long captured = paymentIntent.get("amount_received").getAsLong();
        long refunded = refunds.values().stream()
                .filter(r -> r.get("payment_intent").getAsString().equals(paymentIntentId))
                .mapToLong(r -> r.get("amount").getAsLong())
                .sum();
        long amount = params.containsKey("amount") ? Long.parseLong(params.get("amount")) : captured - refunded;
        if (amount <= 0 || amount > captured - refunded) {
            return new Answer(400, error("invalid_request_error", "amount", "Refund amount (" + amount
                    + ") is greater than unrefunded amount on charge (" + (captured - refunded) + ")", "amount"));
        }
        String id = newId("re_");
        JsonObject refund = new JsonObject();
        refund.addProperty("id", id);
        refund.addProperty("object", "refund");
        refund.addProperty("amount", amount);
        refund.addProperty("charge", paymentIntent.get("latest_charge").getAsString());
        refund.addProperty("created", now());
        refund.addProperty("currency", paymentIntent.get("currency").getAsString());
        refund.add("metadata", prefixed(params, "metadata"));
        refund.addProperty("payment_intent", paymentIntentId);
        refund.addProperty("status", "succeeded");
        refunds.put(id, refund);
        return ok(refund);
    }

    private Answer createAccount(Map<String, String> params) {
        if (!"express".equals(params.get("type"))) {
            return missing("type");
        }
        String id = newId("acct_");
        JsonObject account = new JsonObject();
        account.addProperty("id", id);
        account.addProperty("object", "account");
        account.addProperty("type", "express");
        account.addProperty("country", params.getOrDefault("country", "US"));
        account.addProperty("email", params.get("email"));
        account.addProperty("created", now());
        account.addProperty("charges_enabled", false);
        account.addProperty("payouts_enabled", false);
        account.addProperty("details_submitted", false);
        JsonObject capabilities = new JsonObject();
        for (String capability : List.of("card_payments", "transfers")) {
            if ("true".equals(params.get("capabilities[" + capability + "][requested]"))) {
                capabilities.addProperty(capability, "inactive");
            }
        }
        account.add("capabilities", capabilities);
        account.add("metadata", prefixed(params, "metadata"));
        accounts.put(id, account);
        return ok(account);
    }

    private Answer createAccountLink(Map<String, String> params) {
        String accountId = params.get("account");
        if (accountId == null) {
            return missing("account");
        }
        if (!accounts.containsKey(accountId)) {
            return noSuch("account", accountId, "account");
        }
        for (String required : List.of("type", "refresh_url", "return_url")) {
            if (params.get(required) == null) {
                return missing(required);
            }
        }
        String url = "https://connect.stripe.com/setup/e/" + accountId + "/" + newId("");
        accountLinks.add(url);
        JsonObject link = new JsonObject();
        link.addProperty("object", "account_link");
        link.addProperty("created", now());
        link.addProperty("expires_at", now() + 300);
        link.addProperty("url", url);
        return ok(link);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private synchronized JsonObject requireAccount(String accountId) {
        JsonObject account = accounts.get(accountId);
        if (account == null) {
            throw new IllegalArgumentException("FakeStripe has no connected account " + accountId + "; it has "
                    + accounts.keySet());
        }
        return account;
    }

    private JsonObject render(JsonObject session, boolean expandPaymentIntent) {
        JsonObject copy = session.deepCopy();
        copy.remove("__payment_intent_data");
        JsonElement paymentIntent = copy.get("payment_intent");
        if (expandPaymentIntent && paymentIntent != null && !paymentIntent.isJsonNull()) {
            copy.add("payment_intent", paymentIntents.get(paymentIntent.getAsString()).deepCopy());
        }
        return copy;
    }

    private synchronized JsonObject requireSession(String sessionId) {
        JsonObject session = sessions.get(sessionId);
        if (session == null) {
            throw new IllegalArgumentException("FakeStripe has no Checkout Session " + sessionId
                    + "; it has " + sessions.keySet());
        }
        return session;
    }

    private static JsonObject prefixed(Map<String, String> params, String prefix) {
        JsonObject object = new JsonObject();
        params.forEach((key, value) -> {
            if (key.startsWith(prefix + "[") && key.endsWith("]") && key.indexOf('[', prefix.length() + 1) < 0) {
                object.addProperty(key.substring(prefix.length() + 1, key.length() - 1), value);
            }
        });
        return object;
    }

    private static String lineItem(int index, String field) {
        return "line_items[" + index + "][" + field + "]";
    }

    private static String authScheme(RecordedRequest request) {
        String authorization = request.header("Authorization");
        return authorization == null ? null : authorization.split(" ", 2)[0];
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    private static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    private static Answer ok(JsonObject body) {
        return new Answer(200, GSON.toJson(body));
    }

    private static Answer missing(String param) {
        return new Answer(400, error("invalid_request_error", "parameter_missing", "Missing required param: " + param
                + ".", param));
    }

    private static Answer noSuch(String object, String id, String param) {
        return new Answer(404, error("invalid_request_error", "resource_missing", "No such " + object + ": '" + id
                + "'", param));
    }

    private static String error(String type, String code, String message, String param) {
        JsonObject error = new JsonObject();
        error.addProperty("type", type);
        error.addProperty("code", code);
        error.addProperty("message", message);
        error.addProperty("param", param);
        JsonObject body = new JsonObject();
        body.add("error", error);
        return GSON.toJson(body);
    }

    private record Answer(int status, String json) {
    }

    private record Replay(String fingerprint, Answer answer) {
    }
}
