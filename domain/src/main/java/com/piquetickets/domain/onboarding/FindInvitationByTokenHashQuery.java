package com.piquetickets.domain.onboarding;

/** Finds the invitation whose token has this hex SHA-256; answers an {@link InvitationView}. */
public record FindInvitationByTokenHashQuery(String tokenHash) {
}
