-- Checkout read model: orders with their lines, tickets (attendees) and tracked emails, plus the seat holds behind the
-- live availability of the show catalogue. Built by projections in the query module from events; a reset wipes a
-- projection's own tables and a replay rebuilds them.
--
-- Portable: runs unchanged on PostgreSQL 15 and on H2 2.4 in PostgreSQL mode (with or without DATABASE_TO_LOWER).
-- Ids are the UUIDs of the event stream, or derived from them where the events name a row by its parts.
-- "order" is reserved in both databases and stays quoted, as in V3.
-- Foreign keys only join tables written by the same projection (projections are reset and replayed independently).
-- Money is numeric(12, 2) in the currency of its row; amounts are null until the order is priced.

-- orders ----------------------------------------------------------------------------------------------------------

-- promo_code_id is the ticket_promo_code id (derived from show and code) of the accepted code; no foreign key, that
-- table belongs to the show catalogue. success says the money arrived; status says where the order is now.
create table "order" (
    id                       uuid                     not null,
    session_id               text,
    payment_intent_id        text,
    charge_id                text,
    first_name               text,
    last_name                text,
    email                    text                     not null,
    time_of_purchase         timestamp with time zone,
    total                    numeric(12, 2),
    payment_processing_fees  numeric(12, 2),
    platform_fees            numeric(12, 2),
    success                  boolean                  not null,
    promo_code_discount      numeric(12, 2),
    show_id                  uuid                     not null,
    promo_code_id            uuid,
    status                   varchar(20)              not null,
    payment_method           varchar(10),
    currency                 varchar(3),
    subtotal                 numeric(12, 2),
    refunded                 numeric(12, 2)           not null,
    buyer_pays_fees          boolean                  not null,
    promo_code               text,
    checkout_url             text,
    expires_at               timestamp with time zone,
    rejection_reason         text,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    constraint order_pk primary key (id),
    constraint order_status_ck check (status in ('PENDING_PAYMENT', 'COMPLETED', 'EXPIRED', 'CANCELLED', 'REJECTED',
                                                 'REFUNDED', 'PARTIALLY_REFUNDED')),
    constraint order_payment_method_ck check (payment_method in ('FREE', 'STRIPE', 'OFFLINE'))
);

create index order_session_id_idx on "order" (session_id);
create index order_payment_intent_id_idx on "order" (payment_intent_id);
create index order_email_show_idx on "order" (email, show_id);
create index order_show_success_idx on "order" (show_id, success);
create index order_time_of_purchase_idx on "order" (time_of_purchase);
create index order_success_time_of_purchase_idx on "order" (success, time_of_purchase);
create index order_show_created_at_idx on "order" (show_id, created_at);
create index order_created_at_idx on "order" (created_at);

-- One row per (order, ticket type, VIP or not); id and uuid are the same value, derived from those three, so that a
-- ticket (ticket_attendee.ticket_order_id) finds its line without reading this table. ticket_id is the ticket type.
create table ticket_order (
    id                uuid           not null,
    uuid              uuid           not null,
    order_id          uuid           not null,
    position          integer        not null,
    ticket_id         uuid           not null,
    ticket_type_name  text,
    quantity          integer        not null,
    currency          varchar(3),
    price_per_ticket  numeric(12, 2),
    donation_amount   numeric(12, 2),
    discount_amount   numeric(12, 2),
    total_price       numeric(12, 2),
    promo_code        text,
    is_vip            boolean        not null,
    constraint ticket_order_pk primary key (id),
    constraint ticket_order_uuid_uk unique (uuid),
    constraint ticket_order_order_fk foreign key (order_id) references "order" (id)
);

create index ticket_order_order_position_idx on ticket_order (order_id, position);
create index ticket_order_ticket_idx on ticket_order (ticket_id);

-- attendees -------------------------------------------------------------------------------------------------------

-- One row per issued ticket; id and uuid are both the attendee UUID (what the QR code encodes).
-- SCHEMA joins TicketOrder and TicketAttendee many-to-many; a ticket belongs to exactly one line of one order, so
-- here it is a plain ticket_order_id (no foreign key: ticket_order belongs to the orders projection).
create table ticket_attendee (
    id               uuid                     not null,
    uuid             uuid                     not null,
    first_name       text,
    last_name        text,
    email            text,
    is_checked_in    boolean                  not null,
    show_id          uuid                     not null,
    order_id         uuid                     not null,
    ticket_type_id   uuid                     not null,
    ticket_order_id  uuid                     not null,
    is_vip           boolean                  not null,
    voided           boolean                  not null,
    voided_at        timestamp with time zone,
    void_reason      text,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint ticket_attendee_pk primary key (id),
    constraint ticket_attendee_uuid_uk unique (uuid)
);

create index ticket_attendee_email_show_idx on ticket_attendee (email, show_id);
create index ticket_attendee_show_checked_in_idx on ticket_attendee (show_id, is_checked_in);
create index ticket_attendee_order_idx on ticket_attendee (order_id);

-- email-tracking --------------------------------------------------------------------------------------------------

-- attempts counts delivery attempts (failed ones, plus the one that succeeded). delivered_at stays null until the
-- mail service reports deliveries (no event says so yet).
create table email_tracking (
    id             uuid                     not null,
    order_id       uuid,
    purpose        varchar(40)              not null,
    recipient      text                     not null,
    subject        text,
    body           text,
    html_body      text,
    from_email     text,
    status         varchar(10)              not null,
    attempts       integer                  not null,
    sent_at        timestamp with time zone,
    delivered_at   timestamp with time zone,
    failed_at      timestamp with time zone,
    error_message  text,
    message_id     text,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint email_tracking_pk primary key (id),
    constraint email_tracking_status_ck check (status in ('QUEUED', 'SENT', 'FAILED'))
);

create index email_tracking_order_created_at_idx on email_tracking (order_id, created_at);

-- show-catalogue (additions) --------------------------------------------------------------------------------------

alter table show add column offline_payment_enabled boolean default false not null;

-- The seats an order holds or bought, per ticket type: ticket.held and ticket.sold and ticket_promo_code.uses are
-- derived from these rows, so that a redelivered or replayed event never counts twice. state only moves forward:
-- HELD -> RELEASED -> SOLD -> RETURNED (a late payment takes released seats again; a paid order goes HELD -> SOLD).
-- promo_code_id is the code the order used (counted while the state is not RELEASED).
create table ticket_hold (
    id              uuid                     not null,
    show_id         uuid                     not null,
    order_id        uuid                     not null,
    ticket_type_id  uuid                     not null,
    quantity        integer                  not null,
    state           varchar(10)              not null,
    promo_code_id   uuid,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint ticket_hold_pk primary key (id),
    constraint ticket_hold_order_ticket_uk unique (order_id, ticket_type_id),
    constraint ticket_hold_show_fk foreign key (show_id) references show (id),
    constraint ticket_hold_state_ck check (state in ('HELD', 'RELEASED', 'SOLD', 'RETURNED'))
);

create index ticket_hold_ticket_state_idx on ticket_hold (ticket_type_id, state);
create index ticket_hold_promo_code_idx on ticket_hold (promo_code_id);
create index ticket_hold_show_idx on ticket_hold (show_id);
