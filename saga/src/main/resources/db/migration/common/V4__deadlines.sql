-- Durable deadlines (hold expiry, payment time-outs, email retries): db-scheduler's table, used by Axon's
-- DbSchedulerDeadlineManager (saga module, DeadlineConfiguration). One row per scheduled deadline; it survives a restart
-- and is picked by exactly one node. Columns follow db-scheduler's PostgreSQL DDL (postgresql_tables.sql) with portable
-- types, so this runs unchanged on PostgreSQL and on H2 in PostgreSQL mode: varchar rather than text (H2 makes text a
-- CLOB, which cannot be part of a primary key), bytea for the serialized task data (binary varying on H2), never oid.

create table scheduled_tasks (
    task_name            varchar(255)             not null,
    task_instance        varchar(255)             not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            varchar(255),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    constraint pk_scheduled_tasks primary key (task_name, task_instance)
);

create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
