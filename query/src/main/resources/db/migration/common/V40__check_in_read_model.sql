-- Door check-in read model, built by the query module's projections (the attendees and check-in processors) from
-- the Attendee and CheckInSession events. Portable: runs unchanged on PostgreSQL 15 and on H2 2.4 in PostgreSQL mode.
-- Foreign keys only join tables written by the same projection.

-- attendees (additions) -------------------------------------------------------------------------------------------

-- is_checked_in (V5) says the holder is inside now; checked_in_at is when the ticket was first admitted (null: never,
-- or every admission was undone) and check_in_gate the gate of its latest admission, as the Attendee aggregate decided.
-- door_seq is the aggregate sequence number of the last check-in event applied, so a redelivered event changes
-- nothing. change_seq orders the changes of one show's tickets (issued, voided, checked in or out): the door manifest's
-- cursor.
alter table ticket_attendee add column checked_in_at timestamp with time zone;
alter table ticket_attendee add column check_in_gate text;
alter table ticket_attendee add column door_seq bigint;
alter table ticket_attendee add column change_seq bigint default 0 not null;

create index ticket_attendee_show_change_idx on ticket_attendee (show_id, change_seq);

-- check-in ----------------------------------------------------------------------------------------------------------

-- SCHEMA's CheckInSession: one door device of one show. id and session_id are the same session UUID (as uuid and as
-- text); token holds the hex SHA-256 of the device's token, never the token itself.
create table check_in_session (
    id          uuid                     not null,
    session_id  varchar(36)              not null,
    show_id     uuid                     not null,
    name        text                     not null,
    token       varchar(64)              not null,
    expires_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    opened_by   uuid,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint check_in_session_pk primary key (id),
    constraint check_in_session_session_id_uk unique (session_id),
    constraint check_in_session_token_uk unique (token)
);

create index check_in_session_show_created_idx on check_in_session (show_id, created_at);

-- The scan log: one row per recorded scan of one ticket (an entry, an exit, or an offline admission that lost to
-- another scan), keyed by (device session, the device's scan id, ticket) through a derived id. scanned_at is when the
-- device scanned, recorded_at when the event was stored (later for offline uploads). superseded: an earlier offline
-- scan, uploaded later, took this entry's place. undone_at: the admission was taken back.
create table check_in_scan (
    id               uuid                     not null,
    show_id          uuid                     not null,
    attendee_id      uuid                     not null,
    session_id       uuid                     not null,
    scan_id          varchar(100)             not null,
    direction        varchar(3)               not null,
    result           varchar(20)              not null,
    conflict_reason  varchar(20),
    gate             text,
    scanned_at       timestamp with time zone not null,
    recorded_at      timestamp with time zone not null,
    offline          boolean                  not null,
    superseded       boolean                  not null,
    undone_at        timestamp with time zone,
    constraint check_in_scan_pk primary key (id),
    constraint check_in_scan_direction_ck check (direction in ('IN', 'OUT')),
    constraint check_in_scan_result_ck check (result in ('ADMITTED', 'EXITED', 'CONFLICT'))
);

create index check_in_scan_show_recorded_idx on check_in_scan (show_id, recorded_at);
create index check_in_scan_attendee_idx on check_in_scan (attendee_id);
