package com.piquetickets.api.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.piquetickets.api.PiqueTicketsApplication;
import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.TestUsers;
import com.piquetickets.api.support.FakeGateways;
import com.piquetickets.api.support.PostgresTestDatabase;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The whole application stopped and started again mid-checkout, on the same database: a payment made while it was
 * down still completes the order, and a hold that ran out while it was down still releases its seats (the deadline
 * is durable). Each application here is started and stopped by the test itself; failsafe gives this class its own JVM.
 */
class CheckoutRestartIT {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @Test
    void aPaymentMadeWhileTheServiceWasDownCompletesTheOrder() {
        String[] show = new String[2];
        String orderId = withApplication(api -> {
            CheckoutFixtures checkout = new CheckoutFixtures(api);
            String[] onSale = checkout.showOnSale(5, "25.00", false);
            show[0] = onSale[0];
            show[1] = onSale[1];
            return checkout.place(checkout.order(onSale[0], onSale[1], 2, "STRIPE")).expect(201).text("orderId");
        });

        withApplication(api -> {
            CheckoutFixtures checkout = new CheckoutFixtures(api);
            checkout.pay(orderId).expect(200);
            await().atMost(PATIENCE).until(() -> checkout.orderView(orderId).path("status").asString(), "COMPLETED"::equals);
            // Tickets are another projection (attendees) than the order's status (orders): wait for it too.
            await().atMost(PATIENCE).until(() -> checkout.orderView(orderId).path("attendees").size() == 2);
            assertThat(checkout.remaining(show[0])).isEqualTo(3);
            return null;
        });
    }

    @Test
    void aHoldThatRanOutWhileTheServiceWasDownIsReleasedAfterTheRestart() {
        String[] show = new String[1];
        JsonNode placed = withApplication(api -> {
            CheckoutFixtures checkout = new CheckoutFixtures(api);
            String[] onSale = checkout.showOnSale(3, "10.00", true);
            show[0] = onSale[0];
            return checkout.place(checkout.order(onSale[0], onSale[1], 3, "OFFLINE")).expect(201).json();
        });
        OffsetDateTime expiresAt = OffsetDateTime.parse(placed.path("expiresAt").asString());
        await().atMost(PATIENCE).until(() -> OffsetDateTime.now().isAfter(expiresAt)); // the hold runs out while down

        withApplication(api -> {
            CheckoutFixtures checkout = new CheckoutFixtures(api);
            String orderId = placed.path("orderId").asString();
            await().atMost(PATIENCE).until(() -> checkout.orderView(orderId).path("status").asString(), "EXPIRED"::equals);
            await().atMost(PATIENCE).until(() -> checkout.remaining(show[0]) == 3);
            return null;
        });
    }

    /** Starts the application on a random port, lets {@code use} talk to it, then stops it for good. */
    private static <T> T withApplication(Function<ApiClient, T> use) {
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(PiqueTicketsApplication.class,
                PostgresTestDatabase.TestcontainersPostgres.class)
                .initializers(new PostgresTestDatabase(), new FakeGateways(), new TestUsers())
                .run("--server.port=0")) {
            int port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
            return use.apply(TestUsers.admin(port));
        }
    }
}
