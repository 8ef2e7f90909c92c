package com.piquetickets.api.security;

import com.piquetickets.api.support.StoredEvents;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.PostgresIntegrationTest;
import com.piquetickets.api.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Signing in, refreshing, and the tokens we refuse: forged, expired, wrongly signed, unsigned, of a deactivated user. */
@PostgresIntegrationTest
class AuthenticationIT {

    @LocalServerPort
    int port;

    @Autowired
    SecretKey accessTokenKey;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient anonymous;
    ApiClient admin;

    @BeforeEach
    void setUp() {
        anonymous = new ApiClient(port);
        admin = TestUsers.admin(port);
    }

    @Test
    void staffCannotDeactivateOrChangeASuperuser() {
        TestUsers.SignedIn superuser = TestUsers.user(admin, List.of("SUPERUSER"), List.of(), false);
        TestUsers.SignedIn staff = TestUsers.user(admin, List.of("STAFF"), List.of(), false);
        long before = StoredEvents.count(jdbc);

        staff.api().post("/api/users/" + superuser.id() + "/deactivate", null).problem(403);
        staff.api().put("/api/users/" + superuser.id() + "/profile", Map.of("canPublishShows", true)).problem(403);
        staff.api().put("/api/users/" + superuser.id() + "/roles", Map.of("roles", List.of("SUPERUSER", "STAFF"))).problem(403);

        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);
        TestUsers.signIn(anonymous, superuser.email(), TestUsers.PASSWORD);
    }

    @Test
    void aSuperuserDeactivatesAnotherSuperuser() {
        TestUsers.SignedIn superuser = TestUsers.user(admin, List.of("SUPERUSER"), List.of(), false);

        JsonNode deactivated = admin.post("/api/users/" + superuser.id() + "/deactivate", null).expect(200).json();

        assertThat(deactivated.path("isActive").asBoolean()).isFalse();
    }

    @Test
    void aLoneSurrogateInAPasswordIsA400() {
        String body = "{\"email\": \"" + TestUsers.ADMIN_EMAIL + "\", \"password\": \"pass\\ud800word\"}";
        assertThat(anonymous.raw("POST", "/api/auth/token", body).problem(400).path("detail").asString())
                .contains("password", "surrogate");

        TestUsers.SignedIn user = TestUsers.user(admin, List.of(), List.of(), false);
        String change = "{\"currentPassword\": \"" + TestUsers.PASSWORD + "\", \"newPassword\": \"new\\udc00password!\"}";
        user.api().raw("PUT", "/api/users/" + user.id() + "/password", change).problem(400);
    }

    @Test
    void theBootstrapAdministratorSignsInAndIsASuperuser() {
        JsonNode tokens = anonymous.post("/api/auth/token",
                Map.of("email", TestUsers.ADMIN_EMAIL, "password", TestUsers.ADMIN_PASSWORD)).expect(200).json();
        assertThat(tokens.path("accessToken").asString()).isNotBlank();
        assertThat(tokens.path("refreshToken").asString()).isNotBlank();
        assertThat(tokens.path("expiresIn").asLong()).isBetween(60L, 3600L);

        JsonNode me = anonymous.as(tokens.path("accessToken").asString()).get("/api/me").expect(200).json();
        assertThat(me.path("user").path("email").asString()).isEqualTo(TestUsers.ADMIN_EMAIL);
        assertThat(me.path("user").path("isSuperuser").asBoolean()).isTrue();
        assertThat(me.path("user").path("canPublishShows").asBoolean()).isTrue();
    }

    @Test
    void aWrongPasswordOrAnUnknownEmailIsA401ThatSaysNotWhich() {
        JsonNode wrongPassword = anonymous.post("/api/auth/token",
                Map.of("email", TestUsers.ADMIN_EMAIL, "password", "not the password")).problem(401);
        JsonNode unknownEmail = anonymous.post("/api/auth/token",
                Map.of("email", "nobody@example.com", "password", "not the password")).problem(401);
        assertThat(wrongPassword.path("code").asString()).isEqualTo("invalid-credentials");
        assertThat(unknownEmail.path("detail").asString()).isEqualTo(wrongPassword.path("detail").asString());
    }

    @Test
    void repeatedWrongPasswordsPauseSignInForThatEmail() {
        TestUsers.SignedIn user = TestUsers.user(admin, List.of(), List.of(), false);
        for (int i = 0; i < AuthController.FAILED_SIGN_INS_ALLOWED; i++) {
            anonymous.post("/api/auth/token", Map.of("email", user.email(), "password", "guess number " + i)).problem(401);
        }
        ApiClient.Response paused = anonymous.post("/api/auth/token",
                Map.of("email", user.email(), "password", TestUsers.PASSWORD));
        assertThat(paused.problem(429).path("code").asString()).isEqualTo("rate-limited");
    }

    @Test
    void aRefreshTokenIsUsedOnceAndItsReuseRevokesTheSignIn() {
        JsonNode first = anonymous.post("/api/auth/token",
                Map.of("email", TestUsers.ADMIN_EMAIL, "password", TestUsers.ADMIN_PASSWORD)).expect(200).json();
        String refresh = first.path("refreshToken").asString();

        JsonNode second = anonymous.post("/api/auth/refresh", Map.of("refreshToken", refresh)).expect(200).json();
        anonymous.as(second.path("accessToken").asString()).get("/api/me").expect(200);

        anonymous.post("/api/auth/refresh", Map.of("refreshToken", refresh)).problem(401);
        assertThat(anonymous.post("/api/auth/refresh", Map.of("refreshToken", second.path("refreshToken").asString()))
                .problem(401).path("code").asString()).isEqualTo("invalid-refresh-token");
    }

    @Test
    void aSignedOutRefreshTokenNoLongerWorks() {
        JsonNode tokens = anonymous.post("/api/auth/token",
                Map.of("email", TestUsers.ADMIN_EMAIL, "password", TestUsers.ADMIN_PASSWORD)).expect(200).json();
        anonymous.post("/api/auth/logout", Map.of("refreshToken", tokens.path("refreshToken").asString())).expect(204);
        anonymous.post("/api/auth/refresh", Map.of("refreshToken", tokens.path("refreshToken").asString())).problem(401);
    }

    @Test
    void forgedExpiredWronglySignedAndUnsignedTokensAreRefused() throws Exception {
        String adminId = admin.get("/api/me").expect(200).json().path("user").path("id").asString();
        Instant now = Instant.now();
        byte[] otherKey = new byte[32];
        new java.security.SecureRandom().nextBytes(otherKey);

        String wronglySigned = sign(otherKey, claims(adminId, now, now.plusSeconds(600), AuthProperties.DEFAULT_ISSUER));
        String expired = sign(accessTokenKey.getEncoded(),
                claims(adminId, now.minusSeconds(3600), now.minusSeconds(600), AuthProperties.DEFAULT_ISSUER));
        String foreignIssuer = sign(accessTokenKey.getEncoded(),
                claims(adminId, now, now.plusSeconds(600), "https://evil.example.com"));
        String unknownUser = sign(accessTokenKey.getEncoded(),
                claims(UUID.randomUUID().toString(), now, now.plusSeconds(600), AuthProperties.DEFAULT_ISSUER));
        String valid = sign(accessTokenKey.getEncoded(), claims(adminId, now, now.plusSeconds(600), AuthProperties.DEFAULT_ISSUER));
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + base64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(adminId, UUID.randomUUID().toString())) + "." + parts[2];
        String unsigned = base64("{\"alg\":\"none\"}") + "." + parts[1] + ".";

        admin.anonymous().as(valid).get("/api/me").expect(200);
        long events = eventCount();
        for (String token : List.of(wronglySigned, expired, foreignIssuer, unknownUser, tampered, unsigned, "not-a-jwt")) {
            ApiClient.Response response = anonymous.as(token).post("/api/venues", Map.of("name", "Forged venue"));
            assertThat(response.problem(401).path("code").asString()).as("token %s", token).isEqualTo("invalid-token");
        }
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aDeactivatedUsersTokenStopsWorkingAtOnce() {
        TestUsers.SignedIn user = TestUsers.user(admin, List.of(), List.of(), false);
        user.api().get("/api/me").expect(200);
        admin.post("/api/users/" + user.id() + "/deactivate", null).expect(200);
        user.api().get("/api/me").problem(401);
        anonymous.post("/api/auth/token", Map.of("email", user.email(), "password", TestUsers.PASSWORD)).problem(401);
    }

    @Test
    void onlyASuperuserGrantsTheSuperuserRoleAndNobodyChangesTheirOwnRoles() {
        TestUsers.SignedIn staff = TestUsers.user(admin, List.of("STAFF"), List.of(), false);
        TestUsers.SignedIn other = TestUsers.user(admin, List.of(), List.of(), false);
        staff.api().put("/api/users/" + other.id() + "/roles", Map.of("roles", List.of("SUPERUSER"))).problem(403);
        staff.api().put("/api/users/" + other.id() + "/roles", Map.of("roles", List.of("SUPPORT"))).expect(200);
        staff.api().put("/api/users/" + staff.id() + "/roles", Map.of("roles", List.of("STAFF", "ANALYST"))).problem(403);
        admin.put("/api/users/" + other.id() + "/roles", Map.of("roles", List.of("SUPERUSER"))).expect(200);
        assertThat(admin.get("/api/users/" + other.id()).expect(200).json().path("isSuperuser").asBoolean()).isTrue();
    }

    @Test
    void aChangedRoleTakesEffectWithoutANewToken() {
        TestUsers.SignedIn user = TestUsers.user(admin, List.of(), List.of(), false);
        user.api().get("/api/users").problem(403);
        admin.put("/api/users/" + user.id() + "/roles", Map.of("roles", List.of("STAFF"))).expect(200);
        user.api().get("/api/users").expect(200);
    }

    @Test
    void commandsRecordTheActingUser() {
        String adminId = admin.get("/api/me").expect(200).json().path("user").path("id").asString();
        String venue = admin.post("/api/venues", Map.of("name", "Audited venue " + UUID.randomUUID(), "city", "Chicago"))
                .expect(201).text("id");
        byte[] metaData = jdbc.queryForObject("select meta_data from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number limit 1", byte[].class, venue);
        assertThat(new String(metaData, StandardCharsets.UTF_8)).contains("\"userId\":\"" + adminId + "\"");
    }

    @Test
    void passwordsAreNeverStoredInEventsAndOnlyAsAdaptiveHashes() {
        TestUsers.SignedIn user = TestUsers.user(admin, List.of(), List.of(), false);
        Long inEvents = jdbc.queryForObject("select count(*) from domain_event_entry where convert_from(payload, 'UTF8') like ?",
                Long.class, "%" + TestUsers.PASSWORD + "%");
        assertThat(inEvents).isZero();
        String hash = jdbc.queryForObject("select password_hash from user_credential where user_id = ?", String.class,
                UUID.fromString(user.id()));
        assertThat(hash).doesNotContain(TestUsers.PASSWORD).startsWith("$argon2id$");
    }

    private long eventCount() {
        return StoredEvents.count(jdbc);
    }

    private static JWTClaimsSet claims(String subject, Instant issuedAt, Instant expiresAt, String issuer) {
        return new JWTClaimsSet.Builder().subject(subject).issuer(issuer).issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt)).jwtID(UUID.randomUUID().toString()).build();
    }

    private static String sign(byte[] key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
