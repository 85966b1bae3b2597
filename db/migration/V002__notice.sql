-- The in-portal inbox. A notice goes to one account or to every account of a role; the text is a
-- message key and its arguments, so each reader sees it in their own language.
CREATE TABLE notice (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_account_id BIGINT        NULL,
    recipient_role       VARCHAR(40)   NULL,
    message_key          VARCHAR(120)  NOT NULL,
    message_args         JSON          NOT NULL,
    link                 VARCHAR(300)  NULL,
    created_at           DATETIME(6)   NOT NULL,
    CONSTRAINT ck_notice_one_recipient CHECK ((recipient_account_id IS NULL) <> (recipient_role IS NULL))
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_notice_account ON notice (recipient_account_id, created_at);
CREATE INDEX ix_notice_role ON notice (recipient_role, created_at);

CREATE TABLE notice_read (
    notice_id  BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    read_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (notice_id, account_id),
    CONSTRAINT fk_notice_read_notice FOREIGN KEY (notice_id) REFERENCES notice (id) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
