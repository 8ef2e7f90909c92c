-- Read model of Stripe Connect (ProducerFinancialProjection): one row per producer with a connected account.
-- SCHEMA.md's ProducerFinancial, keyed by the producer's uuid. Portable SQL: PostgreSQL and H2 in PostgreSQL mode.
create table producer_financial (
    producer_id          uuid         not null,
    stripe_account_id    varchar(255) not null,
    stripe_account_link  varchar(2048),
    onboarding_completed boolean      not null default false,
    charges_enabled      boolean      not null default false,
    payouts_enabled      boolean      not null default false,
    last_status_check    timestamp with time zone,
    constraint pk_producer_financial primary key (producer_id)
);

create index ix_producer_financial_stripe_account_id on producer_financial (stripe_account_id);
