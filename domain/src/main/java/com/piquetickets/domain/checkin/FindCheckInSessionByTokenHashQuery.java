package com.piquetickets.domain.checkin;

/** The session whose door token has this hex SHA-256, revoked or not. */
public record FindCheckInSessionByTokenHashQuery(String tokenHash) {
}
