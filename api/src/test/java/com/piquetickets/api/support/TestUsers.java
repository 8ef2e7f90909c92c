package com.piquetickets.api.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Who the integration tests act as: the bootstrap administrator (configured here, as an operator would with
 * PIQUE_BOOTSTRAP_ADMIN_EMAIL / _PASSWORD) and users made through the API with given roles and memberships.
 */
public final class TestUsers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ADMIN_EMAIL = "admin@piquetickets.test";
    public static final String ADMIN_PASSWORD = "correct horse battery staple";
    public static final String PASSWORD = "a long enough test password";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "pique.bootstrap.admin.email=" + ADMIN_EMAIL,
                "pique.bootstrap.admin.password=" + ADMIN_PASSWORD).applyTo(context);
    }

    /** The server's client acting as the bootstrap administrator (a superuser). */
    public static ApiClient admin(int port) {
        ApiClient anonymous = new ApiClient(port);
        return anonymous.as(signIn(anonymous, ADMIN_EMAIL, ADMIN_PASSWORD));
    }

    public static String signIn(ApiClient api, String email, String password) {
        return api.anonymous().post("/api/auth/token", Map.of("email", email, "password", password))
                .expect(200).text("accessToken");
    }

    /**
     * A new user made by {@code admin} with these roles, member of these producers, optionally allowed to publish;
     * returns a client signed in as them.
     */
    public static SignedIn user(ApiClient admin, List<String> roles, List<String> producerIds, boolean canPublishShows) {
        String email = "user-" + UUID.randomUUID() + "@piquetickets.test";
        String id = admin.post("/api/users", Map.of("email", email, "firstName", "Test", "lastName", "User",
                "password", PASSWORD, "roles", roles)).expect(201).text("id");
        for (String producerId : producerIds) {
            admin.put("/api/producers/" + producerId + "/members/" + id, null).expect(200);
        }
        if (canPublishShows) {
            admin.put("/api/users/" + id + "/profile", Map.of("canPublishShows", true)).expect(200);
        }
        return new SignedIn(id, email, admin.as(signIn(admin, email, PASSWORD)));
    }

    /** A user and a client that acts as them. */
    public record SignedIn(String id, String email, ApiClient api) {
    }
}
