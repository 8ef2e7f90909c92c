package com.piquetickets.api.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A request authenticated by a bearer token that belongs to one of our users. */
final class UserAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser user;
    private final transient Jwt token;

    UserAuthentication(CurrentUser user, Jwt token) {
        super(user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public CurrentUser getPrincipal() {
        return user;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return user.id().toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserAuthentication that && user.equals(that.user) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return List.of(user, super.hashCode()).hashCode();
    }
}
