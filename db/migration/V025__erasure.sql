-- Erasure of a cohort's personal data (issue 14 items 3-5; seed D1, D2). One row per cohort (started once, resumed
-- until done), one step per category of data in the order the engine runs them, and the ledger: the ids of the
-- records each step erased. Nothing here is personal data: ids, counts, times and a SHA-256 of the manifest.
CREATE TABLE erasure (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id       BIGINT       NOT NULL,
    state           ENUM('PENDING', 'RUNNING', 'DONE') NOT NULL,
    operator_id     BIGINT       NOT NULL,
    validator_id    BIGINT       NULL,
    key_id          VARCHAR(40)  NOT NULL,
    requested_at    DATETIME(6)  NOT NULL,
    started_at      DATETIME(6)  NULL,
    finished_at     DATETIME(6)  NULL,
    manifest_sha256 CHAR(64)     NULL,
    reapplied       INT          NOT NULL DEFAULT 0,
    claimed_by      VARCHAR(80)  NULL,
    claimed_until   DATETIME(6)  NULL,
    CONSTRAINT fk_erasure_operator FOREIGN KEY (operator_id) REFERENCES account (id),
    CONSTRAINT fk_erasure_validator FOREIGN KEY (validator_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE UNIQUE INDEX ux_erasure_cohort ON erasure (cohort_id);
CREATE INDEX ix_erasure_state ON erasure (state, id);

CREATE TABLE erasure_step (
    erasure_id  BIGINT       NOT NULL,
    category    VARCHAR(40)  NOT NULL,
    position    INT          NOT NULL,
    state       ENUM('PENDING', 'DONE') NOT NULL,
    erased      BIGINT       NOT NULL,
    started_at  DATETIME(6)  NULL,
    finished_at DATETIME(6)  NULL,
    PRIMARY KEY (erasure_id, category),
    CONSTRAINT fk_erasure_step_erasure FOREIGN KEY (erasure_id) REFERENCES erasure (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE erasure_record (
    erasure_id BIGINT      NOT NULL,
    category   VARCHAR(40) NOT NULL,
    record_id  VARCHAR(80) NOT NULL,
    PRIMARY KEY (erasure_id, category, record_id),
    CONSTRAINT fk_erasure_record_erasure FOREIGN KEY (erasure_id) REFERENCES erasure (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
