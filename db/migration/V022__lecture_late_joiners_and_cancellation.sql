-- Residents who join a cohort after a session was scheduled are invited then (issue 13). joined_late: the session's
-- invitation mail had already been drafted without them; followup_mail_id: the follow-up invitation mail drafted to
-- just such residents (four eyes, E4), NULL while none was.
ALTER TABLE lecture_invitation ADD COLUMN joined_late BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE lecture_invitation ADD COLUMN followup_mail_id BIGINT NULL;

-- Why a session was cancelled and by whom (issue 13): shown on its page and in the notice to every invited resident.
ALTER TABLE lecture_session ADD COLUMN cancel_reason VARCHAR(500) NULL;
ALTER TABLE lecture_session ADD COLUMN cancelled_by BIGINT NULL;
ALTER TABLE lecture_session ADD CONSTRAINT fk_lecture_session_cancelled_by FOREIGN KEY (cancelled_by) REFERENCES account (id);
