package com.piquetickets.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.PostgresIntegrationTest;
import com.piquetickets.api.support.TestUsers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tokens of an external OpenID Connect issuer, here a small local one (discovery document and JWKS over HTTP, RS256):
 * accepted for the user with the token's verified email, refused when signed by another key or without a verified email.
 */
@PostgresIntegrationTest
class OidcIT {

    private static final RSAKey ISSUER_KEY = rsaKey();
    private static final HttpServer ISSUER = issuer();
    private static final String ISSUER_URI = "http://127.0.0.1:" + ISSUER.getAddress().getPort() + "/realms/pique";
    private static final String AUDIENCE = "piquetickets-api";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void trustTheIssuer(DynamicPropertyRegistry properties) {
        properties.add("pique.auth.oidc.issuer-uri", () -> ISSUER_URI);
        properties.add("pique.auth.oidc.audience", () -> AUDIENCE);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop(0);
    }

    @Test
    void aTokenOfTheConfiguredIssuerSignsInTheUserWithItsVerifiedEmail() throws Exception {
        String token = sign(ISSUER_KEY, TestUsers.ADMIN_EMAIL, true, AUDIENCE);
        assertThat(new ApiClient(port).as(token).get("/api/me").expect(200).json().path("user").path("email").asString())
                .isEqualTo(TestUsers.ADMIN_EMAIL);
    }

    @Test
    void tokensSignedByAnotherKeyForAnotherAudienceOrWithoutAVerifiedEmailAreRefused() throws Exception {
        ApiClient anonymous = new ApiClient(port);
        anonymous.as(sign(rsaKey(), TestUsers.ADMIN_EMAIL, true, AUDIENCE)).get("/api/me").problem(401);
        anonymous.as(sign(ISSUER_KEY, TestUsers.ADMIN_EMAIL, true, "another-api")).get("/api/me").problem(401);
        anonymous.as(sign(ISSUER_KEY, TestUsers.ADMIN_EMAIL, false, AUDIENCE)).get("/api/me").problem(401);
        anonymous.as(sign(ISSUER_KEY, "stranger@example.com", true, AUDIENCE)).get("/api/me").problem(401);
    }

    @Test
    void ourOwnTokensStillWork() {
        TestUsers.admin(port).get("/api/me").expect(200);
    }

    private static String sign(RSAKey key, String email, boolean verified, String audience) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER_URI).subject(UUID.randomUUID().toString())
                .audience(audience).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("email", email).claim("email_verified", verified).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer issuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/realms/pique/.well-known/openid-configuration", exchange -> {
                String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/pique";
                respond(exchange, "{\"issuer\":\"" + base + "\",\"jwks_uri\":\"" + base + "/jwks\","
                        + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
            });
            server.createContext("/realms/pique/jwks",
                    exchange -> respond(exchange, new JWKSet(ISSUER_KEY.toPublicJWK()).toString()));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
