package com.piquetickets.command.user;

/** The test double keeps the contract too, so aggregate tests can trust it. */
class InMemoryUserCredentialsTest extends UserCredentialsContract {

    private final InMemoryUserCredentials credentials = new InMemoryUserCredentials();

    @Override
    UserCredentials credentials() {
        return credentials;
    }
}
