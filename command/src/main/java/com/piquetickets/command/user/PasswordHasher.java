package com.piquetickets.command.user;

/** Turns a plaintext password into a salted, slow hash and checks one against it. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
