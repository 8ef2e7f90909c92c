package com.piquetickets.query.user;

import com.piquetickets.domain.user.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A row of {@code app_user}. */
@Entity(name = "UserEntity")
@Table(name = "app_user")
class UserEntity {

    @Id
    private UUID id;
    private String username;
    private String email;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    @Column(name = "is_active")
    private boolean active;
    @Column(name = "is_staff")
    private boolean staff;
    @Column(name = "is_superuser")
    private boolean superuser;
    private String roles;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected UserEntity() {
        // for JPA
    }

    UserEntity(UUID id) {
        this.id = id;
    }

    UUID id() {
        return id;
    }

    /** Everything a {@code UserRegisteredEvent} says; applying it twice leaves the same row. */
    void registered(String username, String email, String firstName, String lastName, Set<Role> roles, Instant at) {
        this.username = username;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.active = true;
        this.createdAt = at;
        roles(roles, at);
    }

    void roles(Set<Role> roles, Instant at) {
        this.roles = encode(roles);
        this.staff = roles.contains(Role.STAFF);
        this.superuser = roles.contains(Role.SUPERUSER);
        this.updatedAt = at;
    }

    void active(boolean active, Instant at) {
        this.active = active;
        this.updatedAt = at;
    }

    void touched(Instant at) {
        this.updatedAt = at;
    }

    String username() {
        return username;
    }

    String email() {
        return email;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    boolean active() {
        return active;
    }

    boolean staff() {
        return staff;
    }

    boolean superuser() {
        return superuser;
    }

    Set<Role> roleSet() {
        return decode(roles);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** Comma-separated in the order of {@link Role}, so one set always gives one text. */
    static String encode(Set<Role> roles) {
        return roles.isEmpty() ? "" : EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
    }

    static Set<Role> decode(String roles) {
        if (roles == null || roles.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(roles.split(",")).map(String::trim).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
