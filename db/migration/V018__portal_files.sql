-- Files in the portal instead of mailed attachments (issue 12 item 5; seed E3, P1, P4). A file may hold personal
-- data, so its bytes are sealed by the privacy vault under a data key of its own (scope FILE, AES-256-GCM,
-- associated data "file:<id>/content"): destroying that key erases the file. sha256 is of the plaintext, the
-- value the audit log records for each download.
ALTER TABLE data_key MODIFY COLUMN scope ENUM('COHORT', 'PERSON', 'MFA', 'FILE') NOT NULL;

-- zip_password: set on an AES-256 zip made for the ward (sealed like the content, "file:<id>/zip_password");
-- shown in the portal to those who may read the file, never mailed. source_file_id: the file it was made from.
CREATE TABLE portal_file (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(255)  NOT NULL,
    media_type     VARCHAR(127)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    content        MEDIUMBLOB    NULL,
    zip_password   VARBINARY(256) NULL,
    source_file_id BIGINT        NULL,
    uploaded_by    BIGINT        NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_portal_file_uploader FOREIGN KEY (uploaded_by) REFERENCES account (id),
    CONSTRAINT fk_portal_file_source FOREIGN KEY (source_file_id) REFERENCES portal_file (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Who may read a file besides its uploader and ward staff (who always may): an account, or everyone of a role.
CREATE TABLE portal_file_reader (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_id    BIGINT      NOT NULL,
    account_id BIGINT      NULL,
    role       VARCHAR(40) NULL,
    CONSTRAINT fk_portal_file_reader_file FOREIGN KEY (file_id) REFERENCES portal_file (id),
    CONSTRAINT fk_portal_file_reader_account FOREIGN KEY (account_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_portal_file_reader_file ON portal_file_reader (file_id);

-- A download link: only the SHA-256 of its token is kept (the token itself is shown once, to be put in a mail).
CREATE TABLE portal_file_link (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_id    BIGINT      NOT NULL,
    token_hash BINARY(32)  NOT NULL,
    created_by BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NULL,
    revoked_by BIGINT      NULL,
    CONSTRAINT ux_portal_file_link_token UNIQUE (token_hash),
    CONSTRAINT fk_portal_file_link_file FOREIGN KEY (file_id) REFERENCES portal_file (id),
    CONSTRAINT fk_portal_file_link_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT fk_portal_file_link_revoked_by FOREIGN KEY (revoked_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_portal_file_link_file ON portal_file_link (file_id);
