-- The verification scan of an erasure (issue 14 item 6; seed D2): after every other area's step and before the
-- cohort's key is destroyed, the residents' values are searched for in every text column of the schema and, on the
-- embedded database, in every file of its data directory. Recorded once per pass of the erasure (reapplied: the
-- erasure's count of passes when it scanned), so a crash after it resumes without scanning again. Counts and the
-- names of places only: never a value.
CREATE TABLE erasure_verification (
    erasure_id      BIGINT       NOT NULL,
    reapplied       INT          NOT NULL,
    residents       INT          NOT NULL,
    residents_read  INT          NOT NULL,
    values_searched INT          NOT NULL,
    values_skipped  INT          NOT NULL,
    tables_scanned  INT          NOT NULL,
    columns_scanned INT          NOT NULL,
    tables_refused  INT          NOT NULL,
    outbox_tables   VARCHAR(200) NOT NULL,
    tables_rebuilt  INT          NOT NULL,
    rebuild_refused INT          NOT NULL,
    data_dir        ENUM('SCANNED', 'EXTERNAL', 'UNREADABLE') NOT NULL,
    data_dir_files  INT          NOT NULL,
    data_dir_bytes  BIGINT       NOT NULL,
    started_at      DATETIME(6)  NOT NULL,
    finished_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (erasure_id, reapplied),
    CONSTRAINT fk_erasure_verification_erasure FOREIGN KEY (erasure_id) REFERENCES erasure (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Where the scan found one of the values: a column (table.column, cells holding a value) or a file of the data
-- directory (its path under the directory, occurrences of a value's UTF-8 bytes). Places without a hit are not listed.
CREATE TABLE erasure_verification_hit (
    erasure_id BIGINT       NOT NULL,
    reapplied  INT          NOT NULL,
    kind       ENUM('COLUMN', 'FILE') NOT NULL,
    place      VARCHAR(250) NOT NULL,
    hits       BIGINT       NOT NULL,
    PRIMARY KEY (erasure_id, reapplied, kind, place),
    CONSTRAINT fk_erasure_verification_hit FOREIGN KEY (erasure_id, reapplied)
        REFERENCES erasure_verification (erasure_id, reapplied)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
