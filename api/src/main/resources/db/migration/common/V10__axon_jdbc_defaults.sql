-- Axon's stores write through JDBC (AxonStorageConfiguration), which leaves generated keys to the database. They come
-- from the sequences JPA drew them from, so keys JPA handed out earlier never collide with new ones.
alter table domain_event_entry alter column global_index set default nextval('domain_event_entry_seq');
alter table association_value_entry alter column id set default nextval('association_value_entry_seq');
