-- Identity and onboarding. Portable: runs unchanged on PostgreSQL 15 and on H2 2.4 in PostgreSQL mode.
-- Ids are the UUIDs of the event stream. Foreign keys only join tables written by the same projection.

-- users: app_user, user_profile, user_producer_association ----------------------------------------------------------

create table app_user (
    id           uuid                     not null,
    username     varchar(254)             not null,
    email        varchar(254)             not null,
    first_name   text,
    last_name    text,
    is_active    boolean                  not null,
    is_staff     boolean                  not null,
    is_superuser boolean                  not null,
    -- The platform roles, comma-separated in the order of the Role enum (e.g. STAFF,SUPPORT); empty for none.
    roles        text                     not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint app_user_pk primary key (id),
    constraint app_user_email_uk unique (email),
    constraint app_user_username_uk unique (username)
);

create table user_profile (
    id                uuid                     not null,
    user_id           uuid                     not null,
    can_publish_shows boolean                  not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint user_profile_pk primary key (id),
    constraint user_profile_user_uk unique (user_id),
    constraint user_profile_user_fk foreign key (user_id) references app_user (id) on delete cascade
);

create table user_producer_association (
    id          uuid                     not null,
    user_id     uuid                     not null,
    producer_id uuid                     not null,
    created_at  timestamp with time zone not null,
    constraint user_producer_association_pk primary key (id),
    constraint user_producer_association_uk unique (user_id, producer_id),
    constraint user_producer_association_user_fk foreign key (user_id) references app_user (id) on delete cascade
);

create index user_producer_association_producer_idx on user_producer_association (producer_id);

-- onboarding: onboarding_session, producer_interest -----------------------------------------------------------------

-- An invitation to join a producer. Only the SHA-256 of its token is kept (hex), never the token.
create table onboarding_session (
    id          uuid                     not null,
    token_hash  varchar(64)              not null,
    email       varchar(254)             not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    is_used     boolean                  not null,
    producer_id uuid                     not null,
    accepted_by uuid,
    constraint onboarding_session_pk primary key (id),
    constraint onboarding_session_token_hash_uk unique (token_hash)
);

create index onboarding_session_producer_created_idx on onboarding_session (producer_id, created_at);

create table producer_interest (
    id                      uuid                     not null,
    name                    text                     not null,
    email                   varchar(254)             not null,
    phone                   varchar(40),
    company_name            text,
    city                    text,
    state                   text,
    events_per_year         text,
    -- JSON arrays of strings.
    show_types              text                     not null,
    show_types_other        text,
    current_platform        text                     not null,
    current_platform_other  text,
    platform_challenges     text,
    desired_features        text,
    interested_in_marketing boolean                  not null,
    additional_info         text,
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    ip_address              varchar(45),
    user_agent              text,
    status                  varchar(16)              not null,
    notes                   text,
    constraint producer_interest_pk primary key (id)
);

create index producer_interest_status_created_idx on producer_interest (status, created_at);
create index producer_interest_created_idx on producer_interest (created_at);
create index producer_interest_email_idx on producer_interest (email);
