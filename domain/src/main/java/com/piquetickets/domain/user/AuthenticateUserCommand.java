package com.piquetickets.domain.user;

/**
 * Checks an email and password. Not addressed to an aggregate: the handler answers the {@link com.piquetickets.domain.common.UserId}
 * when the email is known, the user active and the password right, and null otherwise. It records no event.
 */
public record AuthenticateUserCommand(String email, Password password) {
}
