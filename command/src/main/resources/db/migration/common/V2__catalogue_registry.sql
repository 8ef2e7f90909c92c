-- Write-side registry of the catalogue (owned by the command module's JdbcCatalogueRegistry; not a read model).
-- One row per venue, performer, producer and show: its slug, unique per kind, and whether it is still active
-- (venue/producer not deactivated, show not deleted). Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.
create table catalogue_entry (
    kind   varchar(16) not null,
    id     uuid        not null,
    slug   varchar(80) not null,
    active boolean     not null default true,
    constraint pk_catalogue_entry primary key (kind, id),
    constraint uq_catalogue_entry_kind_slug unique (kind, slug)
);
