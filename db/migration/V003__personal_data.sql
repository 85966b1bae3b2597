-- Residents' personal data (seed P1), apart from everything else; elsewhere a resident is an
-- account id and a pen name. Encryption at rest per cohort key comes with the vault (issue 5).
CREATE TABLE personal_data (
    account_id BIGINT        NOT NULL PRIMARY KEY,
    full_name  VARCHAR(100)  NOT NULL,
    furigana   VARCHAR(100)  NOT NULL,
    address    VARCHAR(300)  NOT NULL,
    email      VARCHAR(254)  NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_personal_data_account FOREIGN KEY (account_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Who read or changed whose personal data, and which fields (names, never values) (seed P4).
CREATE TABLE personal_data_access (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    accessor_account_id BIGINT       NOT NULL,
    accessor_role       VARCHAR(40)  NOT NULL,
    subject_account_id  BIGINT       NOT NULL,
    action              ENUM('READ', 'WRITE') NOT NULL,
    fields              VARCHAR(200) NOT NULL,
    occurred_at         DATETIME(6)  NOT NULL
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_personal_data_access_subject ON personal_data_access (subject_account_id, occurred_at);
