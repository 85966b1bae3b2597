-- Mail (issue 12; seed E1–E4, W3, P1). The outbox keeps account ids, never addresses: a resident's address
-- is read from the privacy vault (audited) and a staff member's from account.email only while a message is
-- built and sent, and written down nowhere.

-- Contractor and ward staff have a work address on their account (residents' addresses are personal data
-- and live only in the vault: the account area refuses one for a resident).
ALTER TABLE account ADD COLUMN email VARCHAR(254) NULL;

-- Whether a person's notices also go by mail. No row: the default of their role (residents on, others off).
CREATE TABLE mail_preference (
    account_id      BIGINT      NOT NULL PRIMARY KEY,
    notices_by_mail BOOLEAN     NOT NULL,
    changed_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_mail_preference_account FOREIGN KEY (account_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- One row per message: draft -> awaiting approval -> approved -> sending -> sent / failed.
-- kind NOTICE: written in the notice's own transaction, approved at once (the portal's notice templates are
-- approved by the ward once, see jp.akapen.mail.NoticeTemplate); its text is rendered from the template when
-- it is sent, so no subject or body is stored. kind COMPOSED (a person's mail to residents, four eyes, next):
-- subject and body as written, approval_hash over recipients, subject, body and attachments.
-- next_attempt_at: when a sender may claim the row (null: nothing more to do). A sender claims due rows with
-- SELECT ... FOR UPDATE SKIP LOCKED, sets state SENDING with a lease (lease_owner, lease_until; next_attempt_at
-- = lease_until, so a row whose sender died is due again when the lease runs out) and commits before it talks
-- to SMTP. message_id: the Message-ID header, fixed here, so a message sent again carries the same one.
CREATE TABLE mail_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind            ENUM('NOTICE', 'COMPOSED') NOT NULL,
    state           ENUM('DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'SENDING', 'SENT', 'FAILED') NOT NULL,
    notice_id       BIGINT        NULL,
    link            VARCHAR(300)  NULL,
    subject         VARCHAR(400)  NULL,
    body            TEXT          NULL,
    body_charset    ENUM('UTF_8', 'ISO_2022_JP') NOT NULL,
    message_id      VARCHAR(200)  NOT NULL,
    drafted_by      BIGINT        NULL,
    approved_by     BIGINT        NULL,
    approval_hash   CHAR(64)      NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NULL,
    lease_owner     VARCHAR(80)   NULL,
    lease_until     DATETIME(6)   NULL,
    last_error      VARCHAR(500)  NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    CONSTRAINT fk_mail_message_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
    CONSTRAINT fk_mail_message_drafted_by FOREIGN KEY (drafted_by) REFERENCES account (id),
    CONSTRAINT fk_mail_message_approved_by FOREIGN KEY (approved_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE UNIQUE INDEX ux_mail_message_message_id ON mail_message (message_id);
CREATE INDEX ix_mail_message_due ON mail_message (next_attempt_at);
CREATE INDEX ix_mail_message_state ON mail_message (state, created_at);

-- Who a message goes to, by account. Where each address goes (To, Cc, Bcc) is decided where the message is
-- built (jp.akapen.mail.rules): residents only in Bcc, the ward's address always in Cc.
CREATE TABLE mail_recipient (
    mail_id    BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (mail_id, account_id),
    CONSTRAINT fk_mail_recipient_mail FOREIGN KEY (mail_id) REFERENCES mail_message (id) ON DELETE CASCADE,
    CONSTRAINT fk_mail_recipient_account FOREIGN KEY (account_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Every hand-over to SMTP and its outcome, for the failed-mail list and for diagnosis (no addresses).
CREATE TABLE mail_attempt (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mail_id  BIGINT       NOT NULL,
    at       DATETIME(6)  NOT NULL,
    instance VARCHAR(80)  NOT NULL,
    outcome  ENUM('SENT', 'RETRY', 'REFUSED') NOT NULL,
    detail   VARCHAR(500) NULL,
    CONSTRAINT fk_mail_attempt_mail FOREIGN KEY (mail_id) REFERENCES mail_message (id) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_mail_attempt_mail ON mail_attempt (mail_id, at);
