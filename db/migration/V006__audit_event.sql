-- The tamper-evident audit log (seed P4): every read, change or export of personal data, every
-- login success or failure and every denied access, written in the same transaction as the action.
-- Field names only, never values. Each row's hash is lowercase hex SHA-256 over previous_hash and the
-- row's canonical form (jp.akapen.privacy.audit.AuditChain), so jp.akapen.privacy.audit.ChainVerifier
-- finds the first changed, missing or reordered row.
--
-- seq: the writer sets it to the last row's seq + 1, read together with that row's hash under a lock
-- (after locking audit_writer_lock), because the hash covers seq and because
-- AUTO_INCREMENT leaves gaps when a transaction rolls back, which the verifier would report as
-- missing entries. The UNIQUE previous_hash refuses a second row claiming the same predecessor (a
-- fork left by two writers racing).
-- fields: the field names in order; the writer must store them so that they read back as exactly
-- the same list (null apart from empty, a name containing a comma apart from two names).
--
-- Production: the application's database user gets only INSERT and SELECT on this table
-- (GRANT INSERT, SELECT ON akapen.audit_event TO 'akapen_app'@'...'), and no DROP, ALTER or TRIGGER
-- privilege on it: TRUNCATE TABLE (which needs DROP) removes rows without firing the DELETE
-- trigger, and DROP TRIGGER would lift the triggers below. Migrations run as a separate owner user.
CREATE TABLE audit_event (
    seq            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at             DATETIME(6)   NOT NULL,
    actor_id       BIGINT        NULL,
    actor_role     VARCHAR(40)   NULL,
    action         VARCHAR(40)   NOT NULL,
    object_type    VARCHAR(40)   NULL,
    object_id      VARCHAR(64)   NULL,
    fields         VARCHAR(400)  NULL,
    outcome        VARCHAR(16)   NOT NULL,
    session_hash   CHAR(64)      NULL,
    client_address VARCHAR(64)   NULL,
    previous_hash  CHAR(64)      NOT NULL,
    hash           CHAR(64)      NOT NULL,
    CONSTRAINT ux_audit_event_hash UNIQUE (hash),
    CONSTRAINT ux_audit_event_previous_hash UNIQUE (previous_hash)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Writers take turns: each locks this one row (SELECT ... FOR UPDATE) before reading the last
-- entry, which also serialises the very first entries of an empty log (where locking "the last
-- row" would lock nothing).
CREATE TABLE audit_writer_lock (
    id TINYINT NOT NULL PRIMARY KEY
);
INSERT INTO audit_writer_lock (id) VALUES (1);

-- Append-only in MariaDB itself, whoever connects: no row is changed or deleted (REPLACE and
-- INSERT ... ON DUPLICATE KEY UPDATE fire these too). Hidden from jOOQ's code generator, which
-- parses the migrations through H2.
/* [jooq ignore start] */
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
/* [jooq ignore stop] */

/* [jooq ignore start] */
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
/* [jooq ignore stop] */
