-- Where the audit chain became keyed (seed P4, P11, issue 24): from keyed_from_seq on, every
-- audit_event hash is HMAC-SHA256 under the audit key, which is held outside the database
-- (akapen.audit.key-file); entries before it keep their plain SHA-256 hashes. key_fingerprint
-- names the key (never the key itself), so a start with another key stops with a clear message.
-- One row (id = 1), written once at the first start with a key. The application's user may insert
-- and read it, never change it (db/grants.sql): moving the switch-over to pass rewritten entries off
-- as plain is left to the database's owner, and the verifier finds it (a keyed entry before it, or
-- the keyed switch-over entry itself rewritten).
CREATE TABLE audit_chain_key (
    id              TINYINT      NOT NULL PRIMARY KEY,
    keyed_from_seq  BIGINT       NOT NULL,
    key_fingerprint CHAR(16)     NOT NULL,
    recorded_at     DATETIME(6)  NOT NULL
);
