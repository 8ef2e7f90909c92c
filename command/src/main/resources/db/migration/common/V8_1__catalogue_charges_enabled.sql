-- Write side (JdbcCatalogueRegistry): whether a producer's Stripe connected account can take charges. Set by the
-- Producer aggregate in the transaction of its command; read when a show with paid tickets is published. Kept apart from
-- V8 (the read model) because the query module's tests run V8 without the write side's tables.
alter table catalogue_entry add column charges_enabled boolean not null default false;
