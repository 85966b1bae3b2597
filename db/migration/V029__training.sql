-- Personal-data training of the contractor's people (seed O3; issue 15 item 3): sessions recorded by the handling
-- manager or ward staff, and who attended. A handler's designation asks for a session within the validity period
-- (akapen.training.valid-for) before its start. No personal data: account ids, a subject and the material's text.
CREATE TABLE training_session (
    id              BIGINT        AUTO_INCREMENT PRIMARY KEY,
    held_on         DATE          NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    material        VARCHAR(2000) NOT NULL,
    material_link   VARCHAR(500)  NULL,
    recorded_by     BIGINT        NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_training_recorded_by FOREIGN KEY (recorded_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_training_session_held ON training_session (held_on);

CREATE TABLE training_attendance (
    session_id  BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    PRIMARY KEY (session_id, account_id),
    CONSTRAINT fk_training_attendance_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_training_attendance_account FOREIGN KEY (account_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_training_attendance_account ON training_attendance (account_id);
