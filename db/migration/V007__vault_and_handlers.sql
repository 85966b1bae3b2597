-- The vault (seed P1, P5, P11): residents' personal data sealed field by field with AES-256-GCM
-- (jp.akapen.privacy.vault.FieldCipher) under a data key per cohort, or per person until the person
-- joins a cohort. Data keys are stored only wrapped under the master key, which never enters the
-- database; destroying a key (wrapped := NULL) makes every field sealed under it unreadable.
-- V003's plaintext tables go: nothing was ever deployed with them, and the demo seeds again.
DROP TABLE personal_data_access;
DROP TABLE personal_data;

CREATE TABLE data_key (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scope        ENUM('COHORT', 'PERSON') NOT NULL,
    scope_id     BIGINT        NOT NULL,
    wrapped      VARBINARY(128) NULL,
    created_at   DATETIME(6)   NOT NULL,
    destroyed_at DATETIME(6)   NULL,
    CONSTRAINT ux_data_key_scope UNIQUE (scope, scope_id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- One row per resident; every column but the keys is ciphertext (0x01 ‖ nonce ‖ ciphertext ‖ tag),
-- associated data "person:<account_id>/field:<column>". lock_version refuses a stale correction.
CREATE TABLE vault_entry (
    account_id   BIGINT         NOT NULL PRIMARY KEY,
    data_key_id  BIGINT         NOT NULL,
    full_name    VARBINARY(1024) NOT NULL,
    furigana     VARBINARY(1024) NULL,
    address      VARBINARY(2048) NULL,
    email        VARBINARY(1024) NULL,
    phone        VARBINARY(512)  NULL,
    lock_version INT            NOT NULL DEFAULT 0,
    updated_at   DATETIME(6)    NOT NULL,
    CONSTRAINT fk_vault_entry_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_vault_entry_key FOREIGN KEY (data_key_id) REFERENCES data_key (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- 取扱者の指定 (seed P2, P3): the contractor's manager designates a person for a period; the ward
-- reads the register. A designation is active from starts_on to ends_on inclusive (Asia/Tokyo
-- days) unless it was ended: ending it sets ended_at/ended_by, after which it is never active
-- again, and moves ends_on to that day (the last day it was held) if it had begun. Rows are never
-- deleted: the register is the history.
CREATE TABLE handler_designation (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NULL,
    designated_by BIGINT       NOT NULL,
    designated_at DATETIME(6)  NOT NULL,
    ended_by      BIGINT       NULL,
    ended_at      DATETIME(6)  NULL,
    CONSTRAINT fk_handler_designation_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_handler_designation_by FOREIGN KEY (designated_by) REFERENCES account (id),
    CONSTRAINT fk_handler_designation_ended_by FOREIGN KEY (ended_by) REFERENCES account (id),
    CONSTRAINT ck_handler_designation_period CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CONSTRAINT ck_handler_designation_ended CHECK ((ended_by IS NULL AND ended_at IS NULL)
        OR (ended_by IS NOT NULL AND ended_at IS NOT NULL))
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_handler_designation_account ON handler_designation (account_id, starts_on);

-- The purpose notice (seed P6): which version each person acknowledged, and when.
CREATE TABLE purpose_acknowledgement (
    account_id      BIGINT      NOT NULL,
    notice_version  VARCHAR(20) NOT NULL,
    acknowledged_at DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id, notice_version),
    CONSTRAINT fk_purpose_acknowledgement_account FOREIGN KEY (account_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
