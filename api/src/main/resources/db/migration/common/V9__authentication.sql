-- The key that signs our access tokens when none is configured: generated on first start and kept, so tokens
-- survive a restart and every node of one database signs and verifies alike.
create table auth_signing_key (
    key_id      varchar(64)  not null,
    secret      varchar(128) not null,
    created_at  timestamp with time zone not null,
    constraint pk_auth_signing_key primary key (key_id)
);

-- Refresh tokens, stored as SHA-256 hashes. Each is used once: refreshing rotates it, and presenting a rotated
-- token again revokes the whole family (a stolen token and its thief's successors stop working together).
create table refresh_token (
    token_hash   varchar(64) not null,
    family_id    uuid        not null,
    user_id      uuid        not null,
    issued_at    timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint pk_refresh_token primary key (token_hash)
);
create index ix_refresh_token_family on refresh_token (family_id);
create index ix_refresh_token_user on refresh_token (user_id);
