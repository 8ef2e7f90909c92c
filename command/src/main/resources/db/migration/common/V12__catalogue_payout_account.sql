-- Write side (JdbcCatalogueRegistry): the Stripe connected account a producer's card payments go to. Set by the
-- Producer aggregate with its charges flag, in the transaction of its command; read by a show when it holds seats, so
-- the reservation names where the money goes without asking the read model.
alter table catalogue_entry add column payout_account varchar(255);
