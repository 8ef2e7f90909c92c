-- The sales ledger (query module, processing group sales-ledger): what each event changed for a show's ticket types,
-- stamped with the event's time and position, so that "how did the show stand at 10:00?" is a sum over the rows up to
-- that instant, and the on-sale curve a sum per interval. The other tables are the state the projection needs to turn
-- events into those deltas (seats move forward HELD -> RELEASED -> SOLD -> RETURNED, as in ticket_hold).

create table sales_show (
    show_id  uuid       not null,
    currency varchar(3) not null,
    constraint pk_sales_show primary key (show_id)
);

create table sales_ticket_type (
    ticket_type_id uuid                     not null,
    show_id        uuid                     not null,
    name           varchar(255)             not null,
    added_at       timestamp with time zone not null,
    removed_at     timestamp with time zone,
    constraint pk_sales_ticket_type primary key (ticket_type_id)
);
create index ix_sales_ticket_type_show on sales_ticket_type (show_id);

create table sales_order (
    order_id uuid           not null,
    show_id  uuid           not null,
    refunded numeric(14, 2) not null,
    constraint pk_sales_order primary key (order_id)
);

-- One row per order and ticket type: where its seats stand, and the money they bring when sold.
create table sales_seat (
    order_id       uuid           not null,
    ticket_type_id uuid           not null,
    show_id        uuid           not null,
    state          varchar(16)    not null,
    quantity       integer        not null,
    line_total     numeric(14, 2) not null,
    fees           numeric(14, 2) not null,
    constraint pk_sales_seat primary key (order_id, ticket_type_id)
);

-- admission_at/admission_position: the last door event applied, so that an older one run again changes nothing.
create table sales_attendee (
    attendee_id        uuid                     not null,
    show_id            uuid                     not null,
    ticket_type_id     uuid                     not null,
    admitted           boolean                  not null,
    admission_at       timestamp with time zone,
    admission_position bigint,
    constraint pk_sales_attendee primary key (attendee_id)
);

-- The deltas: one row per event and ticket type it changed. global_index is the event's position in the store.
create table sales_ledger (
    event_id       varchar(255)             not null,
    ticket_type_id uuid                     not null,
    show_id        uuid                     not null,
    occurred_at    timestamp with time zone not null,
    global_index   bigint,
    sold           integer                  not null,
    held           integer                  not null,
    refunded       integer                  not null,
    checked_in     integer                  not null,
    gross          numeric(14, 2)           not null,
    fees           numeric(14, 2)           not null,
    refunds        numeric(14, 2)           not null,
    constraint pk_sales_ledger primary key (event_id, ticket_type_id)
);
create index ix_sales_ledger_show_time on sales_ledger (show_id, occurred_at);
