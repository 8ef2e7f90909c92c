-- Write side (the command module's JdbcHoldSchedule): when the earliest held seat of each show runs out. The Show writes
-- it in the transaction of its reservation events; a sweeper releases the holds of the shows that are due. Never a read
-- model, never reset or replayed. Portable: runs on PostgreSQL and on H2 in PostgreSQL mode.
create table hold_expiry (
    show_id     uuid                     not null,
    next_expiry timestamp with time zone not null,
    constraint hold_expiry_pk primary key (show_id)
);
create index hold_expiry_next_expiry_idx on hold_expiry (next_expiry);
