-- The thread a mail belongs to (seed E2; issue 12 item 7): thread_kind names the area that owns it ('article',
-- 'lecture'), thread_id that area's id. Opaque to the mail area, which asks the owning area for the thread's
-- title and link (jp.akapen.shared.correspondence). Both null: a general mail, in no thread.
ALTER TABLE mail_message ADD COLUMN thread_kind VARCHAR(20) NULL;
ALTER TABLE mail_message ADD COLUMN thread_id BIGINT NULL;

CREATE INDEX ix_mail_message_thread ON mail_message (thread_kind, thread_id, created_at);
