package com.piquetickets.domain.user;

/** Finds one user by email (case-insensitive); answers a {@link UserView}. */
public record FindUserByEmailQuery(String email) {
}
