package com.piquetickets.api.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.user.FindUserByEmailQuery;
import com.piquetickets.domain.user.FindUserQuery;
import com.piquetickets.domain.user.UserView;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Bearer-token authentication for the whole API. The filter chain only establishes who the caller is (a token that is
 * present must be valid, or the answer is 401); what they may do is each endpoint's {@link Allow} rule, enforced by
 * {@link AccessInterceptor}. Tokens are ours (HS256, {@link Tokens}) or, when configured, an OpenID Connect issuer's;
 * the {@code iss} claim picks which key verifies them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AuthProperties.class, BootstrapAdmin.Settings.class})
class SecurityConfiguration implements WebMvcConfigurer {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final AccessInterceptor accessInterceptor;

    SecurityConfiguration(AccessInterceptor accessInterceptor) {
        this.accessInterceptor = accessInterceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(accessInterceptor);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManagerResolver<HttpServletRequest> tokenIssuers,
                                    ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .oauth2ResourceServer(server -> server.authenticationManagerResolver(tokenIssuers)
                        .authenticationEntryPoint(entryPoint))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
                .build();
    }

    @Bean
    SecretKey accessTokenKey(AuthProperties properties, JdbcTemplate jdbc, Clock clock) {
        return SigningKeys.resolve(properties, jdbc, clock);
    }

    @Bean
    JwtEncoder accessTokenEncoder(SecretKey accessTokenKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(accessTokenKey));
    }

    /**
     * Door tokens (by their prefix) go to {@link DoorTokens}; every other bearer token is a JWT, whose issuer picks the
     * key that verifies it. So neither kind ever passes as the other.
     */
    @Bean
    AuthenticationManagerResolver<HttpServletRequest> tokenIssuers(AuthProperties properties, SecretKey accessTokenKey,
                                                                  Queries queries, Clock clock, DoorTokens doorTokens) {
        Map<String, AuthenticationManager> byIssuer = new HashMap<>();
        byIssuer.put(properties.issuer(), manager(ourDecoder(properties, accessTokenKey, clock), jwt -> ourUser(jwt, queries)));
        if (properties.oidc().enabled()) {
            byIssuer.put(properties.oidc().issuerUri(),
                    manager(externalDecoder(properties.oidc(), clock), jwt -> externalUser(jwt, queries)));
        }
        AuthenticationManagerResolver<HttpServletRequest> users = new JwtIssuerAuthenticationManagerResolver(byIssuer::get);
        return request -> {
            AuthenticationManager user = users.resolve(request);
            return authentication -> authentication instanceof BearerTokenAuthenticationToken bearer
                    && DoorTokens.isDoorToken(bearer.getToken())
                    ? doorTokens.authenticate(authentication) : user.authenticate(authentication);
        };
    }

    private static AuthenticationManager manager(JwtDecoder decoder, Converter<Jwt, AbstractAuthenticationToken> toUser) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(toUser);
        return provider::authenticate;
    }

    static JwtDecoder ourDecoder(AuthProperties properties, SecretKey key, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps(clock),
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<>(JwtClaimNames.EXP, exp -> exp != null)));
        return decoder;
    }

    /** Read lazily: a slow or absent identity provider must not stop the app from starting. */
    private static JwtDecoder externalDecoder(AuthProperties.Oidc oidc, Clock clock) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(oidc.issuerUri());
            OAuth2TokenValidator<Jwt> issuer = JwtValidators.createDefaultWithIssuer(oidc.issuerUri());
            OAuth2TokenValidator<Jwt> validator = oidc.audience() == null || oidc.audience().isBlank()
                    ? new DelegatingOAuth2TokenValidator<>(timestamps(clock), issuer)
                    : new DelegatingOAuth2TokenValidator<>(timestamps(clock), issuer,
                            new JwtClaimValidator<java.util.List<String>>(JwtClaimNames.AUD,
                                    aud -> aud != null && aud.contains(oidc.audience())));
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    private static OAuth2TokenValidator<Jwt> timestamps(Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
        timestamps.setClock(clock);
        return timestamps;
    }

    private static AbstractAuthenticationToken ourUser(Jwt jwt, Queries queries) {
        UUID id;
        try {
            id = UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidBearerTokenException("the token names no user");
        }
        return signedIn(queries.optional(new FindUserQuery(new UserId(id)), UserView.class), jwt);
    }

    /** An external identity maps to our user with the same (verified) email. */
    private static AbstractAuthenticationToken externalUser(Jwt jwt, Queries queries) {
        String email = jwt.getClaimAsString("email");
        Boolean verified = jwt.getClaimAsBoolean("email_verified");
        if (email == null || email.isBlank() || Boolean.FALSE.equals(verified)) {
            throw new InvalidBearerTokenException("the identity provider's token carries no verified email");
        }
        return signedIn(queries.optional(new FindUserByEmailQuery(email), UserView.class), jwt);
    }

    private static AbstractAuthenticationToken signedIn(Optional<UserView> user, Jwt jwt) {
        UserView active = user.filter(UserView::isActive).orElseThrow(
                () -> new InvalidBearerTokenException("the token's user has no active PiqueTickets account"));
        return new UserAuthentication(CurrentUser.of(active), jwt);
    }
}
