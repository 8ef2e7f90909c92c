package com.piquetickets.command.user;

import com.piquetickets.domain.common.RuleViolationException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link UserCredentials} in the {@code user_credential} table (Flyway {@code V7__identity_and_onboarding.sql}). It uses
 * the application's DataSource through {@link JdbcTemplate}, so it joins the transaction in which the command's events
 * are appended. The unique constraint on the email decides between concurrent registrations.
 */
@Component
public class JdbcUserCredentials implements UserCredentials {

    private final JdbcTemplate jdbc;

    public JdbcUserCredentials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(UUID userId, String email, String passwordHash) {
        if (!jdbc.queryForList("select user_id from user_credential where user_id = ?", UUID.class, userId).isEmpty()) {
            throw userExists(userId);
        }
        if (findByEmail(email).isPresent()) {
            throw emailTaken();
        }
        try {
            jdbc.update("insert into user_credential (user_id, email, password_hash, active) values (?, ?, ?, ?)",
                    userId, email, passwordHash, true);
        } catch (DuplicateKeyException e) {
            // A concurrent registration committed between the check and the insert.
            boolean sameUser = !jdbc.queryForList("select user_id from user_credential where user_id = ?", UUID.class, userId).isEmpty();
            throw sameUser ? userExists(userId) : emailTaken();
        }
    }

    @Override
    public void changePasswordHash(UUID userId, String passwordHash) {
        jdbc.update("update user_credential set password_hash = ? where user_id = ?", passwordHash, userId);
    }

    @Override
    public void setActive(UUID userId, boolean active) {
        jdbc.update("update user_credential set active = ? where user_id = ?", active, userId);
    }

    @Override
    public void setSuperuser(UUID userId, boolean superuser) {
        jdbc.update("update user_credential set superuser = ? where user_id = ?", superuser, userId);
    }

    @Override
    public int lockActiveSuperusersOtherThan(UUID userId) {
        return jdbc.queryForList("select user_id from user_credential where superuser and active and user_id <> ? for update",
                UUID.class, userId).size();
    }

    @Override
    public Optional<StoredCredential> findByEmail(String email) {
        List<StoredCredential> found = jdbc.query(
                "select user_id, email, password_hash, active from user_credential where email = ?",
                (rs, row) -> new StoredCredential(rs.getObject("user_id", UUID.class), rs.getString("email"),
                        rs.getString("password_hash"), rs.getBoolean("active")),
                email);
        return found.stream().findFirst();
    }

    static RuleViolationException emailTaken() {
        return new RuleViolationException("email-taken", "an account with this email already exists");
    }

    static RuleViolationException userExists(UUID userId) {
        return new RuleViolationException("user-exists", "a user with id " + userId + " already exists");
    }
}
