package com.piquetickets.command.user;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id with Spring Security's current defaults (16 MiB memory, 2 iterations, parallelism 1, 16-byte salt, 32-byte
 * hash), the memory-hard hash OWASP recommends first. The parameters are stored in each hash, so raising them later
 * still verifies old hashes.
 */
@Component
public class Argon2PasswordHasher implements PasswordHasher {

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return password != null && hash != null && encoder.matches(password, hash);
    }
}
