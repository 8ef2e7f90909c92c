-- Scans a door device sent, by (its check-in session, its own scan id): a retried scan gets the first answer again and
-- changes nothing, the same scan id with another code is refused, an undo finds the tickets a scan concerned, and the
-- session list counts each device's scans and its last use. response is null while the first request is still being
-- answered. Written by the api (DoorDesk), not rebuilt from events. Portable: PostgreSQL 15 and H2 2.4 (PostgreSQL mode).
create table check_in_scan_request (
    session_id    uuid                     not null,
    scan_id       varchar(100)             not null,
    show_id       uuid                     not null,
    fingerprint   varchar(64)              not null,
    attendee_ids  text,
    result        varchar(20),
    response      text,
    created_at    timestamp with time zone not null,
    completed_at  timestamp with time zone,
    constraint check_in_scan_request_pk primary key (session_id, scan_id)
);

create index check_in_scan_request_show_idx on check_in_scan_request (show_id, session_id);
