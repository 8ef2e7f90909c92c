package com.piquetickets.command.user;

/** A transparent stand-in for the slow hash, so aggregate tests can see what was stored. */
class FastPasswordHasher implements PasswordHasher {

    @Override
    public String hash(String password) {
        return "hashed:" + password;
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash.equals(hash(password));
    }
}
