package com.piquetickets.api.config;

import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description: its name and version, and the bearer token that every operation not open to the public needs,
 * so that Swagger UI's "Authorize" works and a client generator knows which calls send the token.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI piqueTicketsApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info().title("PiqueTickets API").version(version)
                        .description("Event-sourced ticketing: catalogue, checkout, tickets, and the history behind them. "
                                + "Sign in with POST /api/auth/token and send 'Authorization: Bearer <accessToken>'. "
                                + "Errors are RFC 9457 problem documents."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An access token from POST /api/auth/token (valid 15 minutes)")));
    }

    /** Every operation whose {@link Allow} rule is not public asks for the bearer token. */
    @Bean
    OperationCustomizer bearerWhereRequired() {
        return (operation, handler) -> {
            Allow allow = handler.getMethodAnnotation(Allow.class);
            if (allow != null && allow.value() != AccessRule.PUBLIC) {
                operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
            }
            return operation;
        };
    }
}
