-- Events are appended through Axon's JDBC storage engine (AxonStorageConfiguration), which leaves the global index to
-- the database. It comes from the sequence the JPA engine drew it from, so indexes stay one apart and never collide.
alter table domain_event_entry alter column global_index set default nextval('domain_event_entry_seq');
