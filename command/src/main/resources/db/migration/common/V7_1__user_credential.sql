-- The sign-in secrets of users (write side: the command module's JdbcUserCredentials; never a read model, never reset
-- or replayed). Portable: runs unchanged on PostgreSQL 15 and on H2 2.4 in PostgreSQL mode.
-- The sign-in secret of each user, outside the event store. Written in the transaction of the User command whose
-- event it goes with. The email is normalised (trimmed, lower-case) and unique: the arbiter between registrations.
create table user_credential (
    user_id       uuid         not null,
    email         varchar(254) not null,
    password_hash varchar(255) not null,
    active        boolean      not null,
    constraint user_credential_pk primary key (user_id),
    constraint user_credential_email_uk unique (email)
);
