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
