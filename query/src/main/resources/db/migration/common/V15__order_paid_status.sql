-- PAID: the payment is confirmed (a free order at once) and its tickets are being issued.
alter table "order" drop constraint order_status_ck;
alter table "order" add constraint order_status_ck check (status in ('PENDING_PAYMENT', 'PAID', 'COMPLETED', 'EXPIRED',
                                                                     'CANCELLED', 'REJECTED', 'REFUNDED',
                                                                     'PARTIALLY_REFUNDED'));
