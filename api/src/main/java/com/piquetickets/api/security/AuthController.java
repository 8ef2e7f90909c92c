package com.piquetickets.api.security;

import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.producer.FindProducerQuery;
import com.piquetickets.domain.producer.ProducerView;
import com.piquetickets.domain.user.AuthenticateUserCommand;
import com.piquetickets.domain.user.FindUserQuery;
import com.piquetickets.domain.user.Password;
import com.piquetickets.domain.user.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Signing in: an email and password for a token pair, a refresh token for a new pair, and who am I. */
@RestController
@Tag(name = "Authentication")
class AuthController {

    /** Wrong passwords per email before sign-in for that email pauses; slows guessing without locking anyone out for long. */
    static final int FAILED_SIGN_INS_ALLOWED = 10;

    private final Commands commands;
    private final Queries queries;
    private final Tokens tokens;
    private final Access access;
    private final RateLimiter failedSignIns;

    AuthController(Commands commands, Queries queries, Tokens tokens, Access access, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.tokens = tokens;
        this.access = access;
        this.failedSignIns = new RateLimiter("failed sign-ins for this email", FAILED_SIGN_INS_ALLOWED,
                Duration.ofMinutes(15), clock);
    }

    @PostMapping("/api/auth/token")
    @Allow(AccessRule.PUBLIC)
    @Operation(summary = "Sign in with email and password: a short-lived access token and a refresh token")
    Tokens.TokenPair token(@Valid @RequestBody SignIn request) {
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        failedSignIns.check(email);
        UserId user = commands.send(new AuthenticateUserCommand(email, new Password(request.password())));
        if (user == null) {
            failedSignIns.record(email);
            throw new NotAuthenticatedException("invalid-credentials", "the email or the password is wrong");
        }
        return tokens.issue(user);
    }

    @PostMapping("/api/auth/refresh")
    @Allow(AccessRule.PUBLIC)
    @Operation(summary = "Trade a refresh token (used once) for a new token pair")
    Tokens.TokenPair refresh(@Valid @RequestBody Refresh request) {
        return tokens.refresh(request.refreshToken());
    }

    @PostMapping("/api/auth/logout")
    @Allow(AccessRule.PUBLIC)
    @Operation(summary = "Sign out: the refresh token, and every one rotated from the same sign-in, stops working")
    ResponseEntity<Void> logout(@Valid @RequestBody Refresh request) {
        tokens.revoke(request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/me")
    @Allow(AccessRule.SIGNED_IN)
    @Operation(summary = "The signed-in user, their roles and the producers they belong to")
    Me me() {
        CurrentUser current = access.requireUser();
        UserView user = queries.one(new FindUserQuery(current.id()), UserView.class, "user", current.id());
        List<ProducerView> producers = user.producerIds().stream()
                .map(id -> queries.optional(new FindProducerQuery(id.toString()), ProducerView.class))
                .flatMap(Optional::stream)
                .toList();
        return new Me(user, producers);
    }

    record SignIn(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {

        @Override
        public String toString() {
            return "SignIn[email=" + email + "]";
        }
    }

    record Refresh(@NotBlank @Size(max = 100) String refreshToken) {
    }

    record Me(UserView user, List<ProducerView> producers) {
    }
}
