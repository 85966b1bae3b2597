CREATE TABLE account (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username            VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(100) NOT NULL,
    role                ENUM('RESIDENT', 'CONTRACTOR_MANAGER', 'CONTRACTOR_HANDLER', 'CONTRACTOR_STAFF', 'WARD_STAFF') NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at          DATETIME(6)  NOT NULL,
    created_by          BIGINT       NULL,
    password_changed_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_account_created_by FOREIGN KEY (created_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE UNIQUE INDEX ux_account_username ON account (username);

-- One row per throttled key ("account:NAME" or "address:IP"): failures in the current window and
-- the time until which further attempts are refused without checking the password.
CREATE TABLE login_throttle (
    throttle_key     VARCHAR(200) NOT NULL PRIMARY KEY,
    failures         INT          NOT NULL,
    window_start     DATETIME(6)  NOT NULL,
    blocked_until    DATETIME(6)  NULL
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
