package com.piquetickets.api.security;

import com.piquetickets.api.messaging.Queries;
import com.piquetickets.domain.checkin.CheckInSessionView;
import com.piquetickets.domain.checkin.FindCheckInSessionByTokenHashQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Door tokens: opaque random secrets with a prefix of their own (so they are never mistaken for a user's JWT, nor a JWT
 * for one), shown once when a check-in session is opened and kept only as their SHA-256. A door token authenticates a
 * {@link DoorDevice}; unknown, revoked and expired ones get a 401 that says which.
 *
 * <p>A device scans several times a second in a rush, so the session behind a token is kept for {@link #FRESH_FOR}
 * instead of being read for every scan. A revocation on this node takes effect at once ({@link #forget}); one made on
 * another node, within {@link #FRESH_FOR}. Expiry is checked on every request.
 */
@Component
public class DoorTokens implements AuthenticationManager {

    /** What every door token starts with. */
    public static final String PREFIX = "pqdoor_";
    static final Duration FRESH_FOR = Duration.ofSeconds(2);
    private static final int MAX_KEPT = 10_000;

    private final Queries queries;
    private final Clock clock;
    private final Map<String, Kept> sessions = new ConcurrentHashMap<>();

    private record Kept(CheckInSessionView session, Instant readAt) {
    }

    DoorTokens(Queries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** A new door token: 256 random bits after the prefix. */
    public static String newToken() {
        return PREFIX + Tokens.randomToken();
    }

    static boolean isDoorToken(String bearerToken) {
        return bearerToken != null && bearerToken.startsWith(PREFIX);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        Instant now = clock.instant();
        CheckInSessionView session = session(Tokens.sha256(token), now);
        if (session.revokedAt() != null) {
            throw new InvalidBearerTokenException("this door token was revoked at " + session.revokedAt()
                    + "; ask for a new check-in session");
        }
        if (!now.isBefore(session.expiresAt())) {
            throw new InvalidBearerTokenException("this door token expired at " + session.expiresAt()
                    + "; ask for a new check-in session");
        }
        return new DoorDeviceAuthentication(new DoorDevice(session.sessionId(), session.showId(), session.name()));
    }

    /** Stops trusting what is kept of a session: called when it is revoked. */
    public void forget(UUID sessionId) {
        sessions.values().removeIf(kept -> kept.session().sessionId().equals(sessionId));
    }

    private CheckInSessionView session(String tokenHash, Instant now) {
        Kept kept = sessions.get(tokenHash);
        if (kept != null && now.isBefore(kept.readAt().plus(FRESH_FOR))) {
            return kept.session();
        }
        CheckInSessionView session = queries.optional(new FindCheckInSessionByTokenHashQuery(tokenHash),
                        CheckInSessionView.class)
                .orElseThrow(() -> new InvalidBearerTokenException("this door token is not one we issued"));
        if (sessions.size() >= MAX_KEPT) {
            sessions.values().removeIf(old -> !now.isBefore(old.readAt().plus(FRESH_FOR)));
        }
        sessions.put(tokenHash, new Kept(session, now));
        return session;
    }
}
