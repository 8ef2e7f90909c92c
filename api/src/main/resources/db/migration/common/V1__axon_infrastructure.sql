-- Axon Framework 4.13 JPA storage: event store, snapshots, tracking tokens, sagas, dead letters.
-- Columns follow Axon's JPA entities as Hibernate 7 maps them with Spring Boot's snake_case naming and META-INF/orm.xml
-- (serialized columns are bytea, never oid). Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode (where bytea is
-- an alias of binary varying). spring.jpa.hibernate.ddl-auto=validate checks the result at every start.

-- Event store ---------------------------------------------------------------------------------------------------------

-- Increment 1 (orm.xml sets allocation-size 1): global indexes are handed out one by one, so nodes sharing the
-- database leave no gaps of 50 that streaming processors would have to wait out.
create sequence domain_event_entry_seq start with 1 increment by 1;

create table domain_event_entry (
    global_index         bigint       not null,
    event_identifier     varchar(255) not null,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    constraint pk_domain_event_entry primary key (global_index),
    -- Optimistic concurrency: two appends for the same aggregate sequence number conflict here.
    constraint uk_domain_event_entry_aggregate_sequence unique (aggregate_identifier, sequence_number),
    constraint uk_domain_event_entry_event_identifier unique (event_identifier)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    constraint pk_snapshot_event_entry primary key (aggregate_identifier, sequence_number, type),
    constraint uk_snapshot_event_entry_event_identifier unique (event_identifier)
);

-- Tracking tokens: one row per processor segment; claims (owner, timestamp) decide which node processes it. -----------

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255) not null,
    owner          varchar(255),
    constraint pk_token_entry primary key (processor_name, segment)
);

-- Sagas -------------------------------------------------------------------------------------------------------------

create table saga_entry (
    saga_id         varchar(255) not null,
    saga_type       varchar(255),
    revision        varchar(255),
    serialized_saga bytea,
    constraint pk_saga_entry primary key (saga_id)
);

create sequence association_value_entry_seq start with 1 increment by 50;

create table association_value_entry (
    id                bigint       not null,
    saga_id           varchar(255) not null,
    saga_type         varchar(255),
    association_key   varchar(255) not null,
    association_value varchar(255),
    constraint pk_association_value_entry primary key (id)
);

-- The two indexes Axon declares on AssociationValueEntry: finding sagas by association, and a saga's associations.
create index ix_association_value_entry_type_key_value
    on association_value_entry (saga_type, association_key, association_value);
create index ix_association_value_entry_saga on association_value_entry (saga_id, saga_type);

-- Dead letters (sequenced dead-letter queue of the projection processing groups) -------------------------------------

create table dead_letter_entry (
    dead_letter_id       varchar(255)                not null,
    processing_group     varchar(255)                not null,
    sequence_identifier  varchar(255)                not null,
    sequence_index       bigint                      not null,
    enqueued_at          timestamp(6) with time zone not null,
    last_touched         timestamp(6) with time zone,
    processing_started   timestamp(6) with time zone,
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          bytea,
    -- the dead event (embedded DeadLetterEventEntry)
    message_type         varchar(255)                not null,
    event_identifier     varchar(255)                not null,
    time_stamp           varchar(255)                not null,
    payload_type         varchar(255)                not null,
    payload_revision     varchar(255),
    payload              bytea                       not null,
    meta_data            bytea,
    type                 varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                bytea,
    constraint pk_dead_letter_entry primary key (dead_letter_id),
    constraint uk_dead_letter_entry_group_sequence_index
        unique (processing_group, sequence_identifier, sequence_index)
);

create index ix_dead_letter_entry_group on dead_letter_entry (processing_group);
create index ix_dead_letter_entry_group_sequence on dead_letter_entry (processing_group, sequence_identifier);
