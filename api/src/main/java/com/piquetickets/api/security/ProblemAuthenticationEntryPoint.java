package com.piquetickets.api.security;

import com.piquetickets.api.web.ProblemResponses;
import com.piquetickets.api.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** A bearer token that fails (forged, expired, wrongly signed, of an unknown user) gets a 401 problem document. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean badToken = failure instanceof OAuth2AuthenticationException;
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, badToken ? "invalid-token" : "unauthenticated",
                "Not signed in", badToken ? "the bearer token is not valid: " + failure.getMessage()
                        : "sign in first: send 'Authorization: Bearer <access token>' (get one from POST /api/auth/token)");
        response.setHeader("WWW-Authenticate", badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        ProblemResponses.write(response, problem);
    }
}
