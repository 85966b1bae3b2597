-- Where the last verification of the audit chain ended (seed P4), kept outside audit_event: the
-- chain alone cannot show that entries were cut off its end, since what remains still verifies.
-- The next verification checks that the entry with verified_seq is still there with verified_hash;
-- a log that ends before it, or holds another hash there, was cut short or rewritten.
-- One row (id = 1). The application's database user needs SELECT, INSERT and UPDATE on it.
CREATE TABLE audit_checkpoint (
    id             TINYINT      NOT NULL PRIMARY KEY,
    verified_seq   BIGINT       NOT NULL,
    verified_hash  CHAR(64)     NOT NULL,
    verified_at    DATETIME(6)  NOT NULL
);
