-- Catalogue read model: venues, producers, performers, shows (with their ticket types, promo codes, page design and
-- line-up) and the featured-shows list. Built by projections in the query module from events; a reset wipes a
-- projection's own tables and a replay rebuilds them.
--
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.4 in PostgreSQL mode (with or without DATABASE_TO_LOWER).
-- Ids are the UUIDs of the event stream. "order" is reserved in both databases and stays quoted; show is not.
-- Foreign keys only join tables written by the same projection (projections are reset and replayed independently).

-- venue-catalogue -------------------------------------------------------------------------------------------------

create table venue (
    id           uuid                     not null,
    name         text                     not null,
    description  text,
    address      text,
    city         text,
    state        text,
    zip_code     text,
    phone        text,
    slug         varchar(80)              not null,
    website      text,
    venue_image  text,
    is_active    boolean                  not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint venue_pk primary key (id),
    constraint venue_slug_uk unique (slug)
);

create index venue_active_name_idx on venue (is_active, name);

-- producer-catalogue ----------------------------------------------------------------------------------------------

create table producer (
    id          uuid                     not null,
    name        text                     not null,
    country     text,
    website     text,
    bio         text,
    image       text,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    slug        varchar(80)              not null,
    instagram   text,
    facebook    text,
    twitter     text,
    youtube     text,
    ticktock    text,
    is_active   boolean                  not null,
    constraint producer_pk primary key (id),
    constraint producer_slug_uk unique (slug)
);

create index producer_active_name_idx on producer (is_active, name);

-- performer-catalogue ---------------------------------------------------------------------------------------------

create table performer (
    id          uuid                     not null,
    name        text                     not null,
    bio         text,
    image       text,
    city        text,
    slug        varchar(80)              not null,
    website     text,
    facebook    text,
    twitter     text,
    instagram   text,
    youtube     text,
    tiktok      text,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint performer_pk primary key (id),
    constraint performer_slug_uk unique (slug)
);

create index performer_name_idx on performer (name);

-- show-catalogue --------------------------------------------------------------------------------------------------

create table show (
    id                    uuid                     not null,
    title                 text                     not null,
    description           text,
    door_time             timestamp with time zone,
    start_time            timestamp with time zone,
    end_time              timestamp with time zone,
    time_zone             varchar(64),
    age_restriction       text,
    image                 text,
    banner_image          text,
    square_image          text,
    featured_video        text,
    facebook_campaign_id  text,
    published             boolean                  not null,
    slug                  varchar(80)              not null,
    created_at            timestamp with time zone not null,
    refund_policy         text,
    is_deleted            boolean                  not null,
    deleted_at            timestamp with time zone,
    draft_created_at      timestamp with time zone,
    draft_updated_at      timestamp with time zone,
    venue_id              uuid,
    producer_id           uuid                     not null,
    author_id             uuid,
    status                varchar(20)              not null,
    currency              varchar(3)               not null,
    cancellation_reason   text,
    cancelled_at          timestamp with time zone,
    updated_at            timestamp with time zone not null,
    constraint show_pk primary key (id),
    constraint show_slug_uk unique (slug),
    constraint show_status_ck check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED', 'DELETED'))
);

create index show_published_start_time_idx on show (published, start_time);
create index show_venue_start_time_idx on show (venue_id, start_time);
create index show_producer_created_at_idx on show (producer_id, created_at);
create index show_created_at_idx on show (created_at);
create index show_status_start_time_idx on show (status, start_time);

create table ticket (
    id                 uuid                     not null,
    show_id            uuid                     not null,
    name               text                     not null,
    description        text,
    quantity           integer                  not null,
    price              numeric(12, 2)           not null,
    currency           varchar(3)               not null,
    is_donation_based  boolean                  not null,
    minimum_donation   numeric(12, 2),
    vip_allowed        boolean                  not null,
    sold               integer                  not null,
    held               integer                  not null,
    position           integer                  not null,
    author_id          uuid,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint ticket_pk primary key (id),
    constraint ticket_show_fk foreign key (show_id) references show (id)
);

create index ticket_show_position_idx on ticket (show_id, position);

-- id is derived from (show id, code in lower case): codes are unique per show ignoring case.
create table ticket_promo_code (
    id               uuid                     not null,
    show_id          uuid                     not null,
    code             text                     not null,
    kind             varchar(20)              not null,
    discount         numeric(12, 2)           not null,
    max_uses         integer,
    uses             integer                  not null,
    valid_from       timestamp with time zone,
    valid_until      timestamp with time zone,
    ticket_type_ids  text,
    created_at       timestamp with time zone not null,
    constraint ticket_promo_code_pk primary key (id),
    constraint ticket_promo_code_show_fk foreign key (show_id) references show (id),
    constraint ticket_promo_code_kind_ck check (kind in ('PERCENTAGE', 'FIXED_AMOUNT'))
);

create index ticket_promo_code_show_idx on ticket_promo_code (show_id);

create table ticket_page_design (
    id                uuid                     not null,
    show_id           uuid                     not null,
    primary_color     varchar(7),
    secondary_color   varchar(7),
    background_image  text,
    updated_at        timestamp with time zone not null,
    constraint ticket_page_design_pk primary key (id),
    constraint ticket_page_design_show_uk unique (show_id),
    constraint ticket_page_design_show_fk foreign key (show_id) references show (id)
);

-- The line-up; performer_id deliberately has no foreign key (performer belongs to another projection).
create table show_performer (
    show_id       uuid    not null,
    performer_id  uuid    not null,
    position      integer not null,
    constraint show_performer_pk primary key (show_id, performer_id),
    constraint show_performer_show_fk foreign key (show_id) references show (id)
);

create index show_performer_performer_idx on show_performer (performer_id);

-- featured-shows --------------------------------------------------------------------------------------------------

-- One row per show that was ever featured; is_active says whether it is on the current list, "order" where.
create table featured_show (
    id          uuid                     not null,
    "order"     integer                  not null,
    is_active   boolean                  not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    show_id     uuid                     not null,
    constraint featured_show_pk primary key (id),
    constraint featured_show_show_uk unique (show_id)
);

create index featured_show_active_order_idx on featured_show (is_active, "order");
