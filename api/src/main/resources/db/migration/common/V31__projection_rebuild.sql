-- Projection rebuilds asked for by staff (api: ProjectionRebuilds). Every node polls this table: a node running the
-- named processor stops it (releasing its token claims), the node that then holds the row lock and can claim every
-- segment resets the tokens (a replay from the start), and all nodes start the processor again. One row per processor.
create table projection_rebuild (
    processor_name varchar(255)             not null,
    state          varchar(16)              not null,
    requested_at   timestamp with time zone not null,
    requested_by   varchar(255),
    started_at     timestamp with time zone,
    started_by     varchar(255),
    constraint pk_projection_rebuild primary key (processor_name)
);
