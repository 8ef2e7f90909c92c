-- Requests a client may retry after a time-out (Idempotency-Key header): the first answer is kept and replayed.
create table idempotency_key (
    scope        varchar(100) not null,
    idem_key     varchar(255) not null,
    fingerprint  varchar(64)  not null,
    status       integer,
    location     varchar(500),
    response     text,
    created_at   timestamp with time zone not null,
    completed_at timestamp with time zone,
    constraint pk_idempotency_key primary key (scope, idem_key)
);

-- Stripe events already handled: a redelivered event is acknowledged and changes nothing.
create table stripe_webhook_event (
    event_id    varchar(255) not null,
    type        varchar(100) not null,
    received_at timestamp with time zone not null,
    constraint pk_stripe_webhook_event primary key (event_id)
);
