package com.piquetickets.api.security;

import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.user.ChangePublishPermissionCommand;
import com.piquetickets.domain.user.FindUserByEmailQuery;
import com.piquetickets.domain.user.Password;
import com.piquetickets.domain.user.RegisterUserCommand;
import com.piquetickets.domain.user.Role;
import com.piquetickets.domain.user.UserView;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator (a superuser) from {@code PIQUE_BOOTSTRAP_ADMIN_EMAIL} and
 * {@code PIQUE_BOOTSTRAP_ADMIN_PASSWORD} when no user has that email yet. There is no default password: without both
 * variables no administrator is made. A later start with the same email changes nothing (the password is not reset).
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Settings settings;
    private final Commands commands;
    private final Queries queries;

    BootstrapAdmin(Settings settings, Commands commands, Queries queries) {
        this.settings = settings;
        this.commands = commands;
        this.queries = queries;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean hasEmail = settings.email() != null && !settings.email().isBlank();
        boolean hasPassword = settings.password() != null && !settings.password().isBlank();
        if (!hasEmail && !hasPassword) {
            log.warn("No bootstrap administrator configured (PIQUE_BOOTSTRAP_ADMIN_EMAIL and PIQUE_BOOTSTRAP_ADMIN_PASSWORD); "
                    + "only existing users can sign in");
            return;
        }
        if (hasEmail != hasPassword) {
            throw new IllegalStateException("Set both PIQUE_BOOTSTRAP_ADMIN_EMAIL and PIQUE_BOOTSTRAP_ADMIN_PASSWORD, or neither");
        }
        String email = settings.email().trim().toLowerCase(Locale.ROOT);
        if (queries.optional(new FindUserByEmailQuery(email), UserView.class).isPresent()) {
            log.info("Bootstrap administrator {} exists already", email);
            return;
        }
        UserId id = new UserId(UUID.randomUUID());
        commands.send(new RegisterUserCommand(id, email, "PiqueTickets", "Administrator", new Password(settings.password()),
                Set.of(Role.SUPERUSER, Role.STAFF)));
        commands.send(new ChangePublishPermissionCommand(id, true));
        log.info("Created the bootstrap administrator {}", email);
    }

    /** {@code pique.bootstrap.admin.email} and {@code .password}, i.e. PIQUE_BOOTSTRAP_ADMIN_EMAIL / _PASSWORD. */
    @ConfigurationProperties("pique.bootstrap.admin")
    record Settings(String email, String password) {

        @Override
        public String toString() {
            return "Settings[email=" + email + ", password=" + (password == null ? "unset" : "redacted") + "]";
        }
    }
}
