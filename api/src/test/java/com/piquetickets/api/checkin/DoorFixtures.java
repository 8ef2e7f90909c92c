package com.piquetickets.api.checkin;

import static com.piquetickets.api.support.CatalogueFixtures.unique;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.CatalogueFixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;

/**
 * A show at the door, built through the REST API as a producer would: tickets sold (free, or paid offline and confirmed),
 * door devices opened, and each ticket's code read back from its QR image as a scanner would.
 */
final class DoorFixtures {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ApiClient admin;
    private final CatalogueFixtures catalogue;
    private final int port;

    DoorFixtures(ApiClient admin, int port) {
        this.admin = admin;
        this.catalogue = new CatalogueFixtures(admin);
        this.port = port;
    }

    /** A published show; {@code ids} gets "show", "free" (a free ticket type) and "paid" (paid offline). */
    Map<String, String> show(OffsetDateTime start) {
        String producer = catalogue.chargesEnabledProducer(unique("Door producer"));
        String show = catalogue.draftShow(producer, catalogue.venue(unique("Door venue")), unique("Door night"), start);
        Map<String, String> ids = new HashMap<>();
        ids.put("producer", producer);
        ids.put("show", show);
        ids.put("free", catalogue.ticketType(show, "Free entry", 5000, "0.00"));
        ids.put("paid", catalogue.ticketType(show, "Reserved seat", 100, "15.00"));
        admin.put("/api/shows/" + show + "/payment-options", Map.of("offlinePaymentEnabled", true)).expect(200);
        admin.post("/api/shows/" + show + "/publish", null).expect(200);
        return ids;
    }

    /** A show whose doors open within the check-in window: it starts in an hour. */
    Map<String, String> showTonight() {
        return show(OffsetDateTime.now(ZoneOffset.ofHours(-5)).plusHours(1).truncatedTo(ChronoUnit.MINUTES));
    }

    /** A free order of {@code quantity} tickets, once its tickets are issued; answers the order's view. */
    JsonNode freeOrder(Map<String, String> show, int quantity) {
        String order = admin.anonymous().post("/api/orders", Map.of("showId", show.get("show"),
                "buyer", Map.of("firstName", "Ada", "lastName", unique("Lovelace"), "email", "ada@example.com"),
                "lines", List.of(Map.of("ticketTypeId", show.get("free"), "quantity", quantity)))).expect(201)
                .text("orderId");
        return ticketed(order, quantity);
    }

    /** An order paid offline and confirmed by the producer. */
    JsonNode paidOrder(Map<String, String> show, int quantity) {
        String order = admin.anonymous().post("/api/orders", Map.of("showId", show.get("show"),
                "buyer", Map.of("firstName", "Bo", "lastName", unique("Jones"), "email", "bo@example.com"),
                "lines", List.of(Map.of("ticketTypeId", show.get("paid"), "quantity", quantity)),
                "paymentMethod", "OFFLINE")).expect(201).text("orderId");
        admin.post("/api/orders/" + order + "/payments/confirm", Map.of("note", "cash at the door")).expect(200);
        return ticketed(order, quantity);
    }

    JsonNode ticketed(String order, int quantity) {
        return await().atMost(PATIENCE).until(() -> admin.get("/api/orders/" + order).expect(200).json(),
                view -> view.path("attendees").size() == quantity);
    }

    /** Opens a check-in session for a door device of the show; answers a client that sends its door token. */
    ApiClient device(Map<String, String> show, String name) {
        String token = admin.post("/api/shows/" + show.get("show") + "/check-in-sessions", Map.of("name", name))
                .expect(201).text("token");
        return admin.anonymous().as(token);
    }

    /** The ticket's code as its QR image holds it (what a scanner reads). */
    String code(String attendeeId) {
        try {
            HttpResponse<byte[]> png = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/attendees/" + attendeeId + "/qr.png")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            // A generated image, not a photo: read it as a pure barcode, as a scanner of a clean screen would.
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                    java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                            com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (IOException | com.google.zxing.ReaderException e) {
            throw new IllegalStateException("could not read the QR code of ticket " + attendeeId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> scan(String code, String scanId, String gate) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("scanId", scanId);
        if (gate != null) {
            body.put("gate", gate);
        }
        return body;
    }

    static Map<String, Object> exit(String code, String scanId, String gate) {
        Map<String, Object> body = scan(code, scanId, gate);
        body.put("direction", "OUT");
        return body;
    }
}
