-- Lectures (編集講座) and editorial meetings (編集会議) of a cohort (issue 13; seed W3). The residents invited are the
-- cohort's members (cohort_member); the lecture area adds invitations, answers, reminders and materials next to
-- these two tables. Surveys (W4) hang off a session and read who attended from lecture_attendance.
CREATE TABLE lecture_session (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id     BIGINT        NOT NULL,
    kind          ENUM('LECTURE', 'MEETING') NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    starts_at     DATETIME(6)   NOT NULL,
    ends_at       DATETIME(6)   NOT NULL,
    place         VARCHAR(300)  NULL,
    online_url    VARCHAR(500)  NULL,
    capacity      INT           NULL,
    agenda        TEXT          NULL,
    rsvp_deadline DATETIME(6)   NOT NULL,
    created_by    BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    cancelled_at  DATETIME(6)   NULL,
    CONSTRAINT fk_lecture_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_lecture_session_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_lecture_session_times CHECK (starts_at < ends_at)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_lecture_session_cohort ON lecture_session (cohort_id, starts_at);

-- Who attended: ticked by a handler or checked in by the resident with the code shown at the venue.
CREATE TABLE lecture_attendance (
    session_id  BIGINT      NOT NULL,
    resident_id BIGINT      NOT NULL,
    how         ENUM('TICKED', 'CODE') NOT NULL,
    recorded_by BIGINT      NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (session_id, resident_id),
    CONSTRAINT fk_lecture_attendance_session FOREIGN KEY (session_id) REFERENCES lecture_session (id),
    CONSTRAINT fk_lecture_attendance_resident FOREIGN KEY (resident_id) REFERENCES account (id),
    CONSTRAINT fk_lecture_attendance_recorded_by FOREIGN KEY (recorded_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- What the lecture area adds to a session (issue 13 items 1, 2, 5): the composed invitation mail it drafted (kept so
-- its approval can post the portal notices, once: invitation_noticed_at), and the SHA-256 of the check-in code shown
-- at the venue (the code itself is never stored).
ALTER TABLE lecture_session ADD COLUMN invitation_mail_id BIGINT NULL;
ALTER TABLE lecture_session ADD COLUMN invitation_noticed_at DATETIME(6) NULL;
ALTER TABLE lecture_session ADD COLUMN checkin_code_hash CHAR(64) NULL;

-- Who is invited: the cohort's residents when the session was scheduled, and their answer (出席/欠席/未定) with a note.
-- answer NULL = not answered yet (the reminder's addressees).
CREATE TABLE lecture_invitation (
    session_id  BIGINT       NOT NULL,
    resident_id BIGINT       NOT NULL,
    answer      ENUM('ATTEND', 'DECLINE', 'UNDECIDED') NULL,
    note        VARCHAR(200) NULL,
    answered_at DATETIME(6)  NULL,
    PRIMARY KEY (session_id, resident_id),
    CONSTRAINT fk_lecture_invitation_session FOREIGN KEY (session_id) REFERENCES lecture_session (id),
    CONSTRAINT fk_lecture_invitation_resident FOREIGN KEY (resident_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_lecture_invitation_resident ON lecture_invitation (resident_id);

-- One row per (session, deadline) whose reminder went out: the primary key makes a second instance's insert fail,
-- so the reminder is posted once however many instances run the job; a new deadline is a new row.
CREATE TABLE lecture_reminder (
    session_id    BIGINT      NOT NULL,
    rsvp_deadline DATETIME(6) NOT NULL,
    sent_at       DATETIME(6) NOT NULL,
    recipients    INT         NOT NULL,
    PRIMARY KEY (session_id, rsvp_deadline),
    CONSTRAINT fk_lecture_reminder_session FOREIGN KEY (session_id) REFERENCES lecture_session (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Materials: portal files (mail.files), reached through an access-checked download link made when attached.
CREATE TABLE lecture_material (
    session_id BIGINT        NOT NULL,
    file_id    BIGINT        NOT NULL,
    name       VARCHAR(255)  NOT NULL,
    url        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (session_id, file_id),
    CONSTRAINT fk_lecture_material_session FOREIGN KEY (session_id) REFERENCES lecture_session (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Wrong check-in codes, to refuse a resident who guesses (5 per 10 minutes); old rows carry no meaning.
CREATE TABLE lecture_checkin_failure (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resident_id BIGINT      NOT NULL,
    failed_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_lecture_checkin_failure_resident FOREIGN KEY (resident_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_lecture_checkin_failure_resident ON lecture_checkin_failure (resident_id, failed_at);
