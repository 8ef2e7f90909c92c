-- Which accounts are superusers, next to their credentials, so that the last active one can be guarded in the same
-- transaction as the command that would remove it (UserCredentials#lockActiveSuperusersOtherThan).
alter table user_credential add column superuser boolean default false not null;
