-- The key pair that signs a show's ticket codes (Ed25519), kept outside the event store: the private key must never
-- reach an event, an export or a replay. Made on first use; the public key is handed to door devices in the manifest.
-- Keys are base64 of their standard encodings (public: X.509 SubjectPublicKeyInfo, private: PKCS#8). Owned by the saga
-- module (TicketCodes). Portable: PostgreSQL 15 and H2 2.4 in PostgreSQL mode.
create table ticket_signing_key (
    show_id      uuid                     not null,
    algorithm    varchar(20)              not null,
    public_key   text                     not null,
    private_key  text                     not null,
    created_at   timestamp with time zone not null,
    constraint ticket_signing_key_pk primary key (show_id)
);
