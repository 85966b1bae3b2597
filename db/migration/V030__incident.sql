-- Incident reports (seed O4, O5; issue 15 item 4): anyone signed in files one; the handling manager records the
-- preliminary (速報) and final (確報) reports to the ward, ward staff record guidance (指導), publication decisions
-- (公表) and damages (損害), and close it. whose_data is the reporter's free text about whose data it was.
CREATE TABLE incident (
    id                BIGINT        AUTO_INCREMENT PRIMARY KEY,
    what_happened     VARCHAR(2000) NOT NULL,
    found_on          DATE          NOT NULL,
    whose_data        VARCHAR(500)  NOT NULL,
    people_affected   INT           NOT NULL,
    contained         BOOLEAN       NOT NULL,
    action_taken      VARCHAR(2000) NOT NULL,
    wrongful_purpose  BOOLEAN       NOT NULL,
    reported_by       BIGINT        NOT NULL,
    reported_at       DATETIME(6)   NOT NULL,
    closed_by         BIGINT        NULL,
    closed_at         DATETIME(6)   NULL,
    CONSTRAINT fk_incident_reported_by FOREIGN KEY (reported_by) REFERENCES account (id),
    CONSTRAINT fk_incident_closed_by FOREIGN KEY (closed_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_incident_found ON incident (found_on);

-- Each follow-up step, never changed once written: one PRELIMINARY and one FINAL at most (checked by the service).
CREATE TABLE incident_step (
    id           BIGINT        AUTO_INCREMENT PRIMARY KEY,
    incident_id  BIGINT        NOT NULL,
    kind         ENUM('PRELIMINARY', 'FINAL', 'GUIDANCE', 'PUBLICATION', 'DAMAGES') NOT NULL,
    step_on      DATE          NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    recorded_by  BIGINT        NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_incident_step_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_incident_step_by FOREIGN KEY (recorded_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_incident_step_incident ON incident_step (incident_id, kind);

-- The reminder that a deadline passed without its report, one row per incident and deadline, inserted in the
-- transaction that posts it, so several instances remind once.
CREATE TABLE incident_reminder (
    incident_id  BIGINT      NOT NULL,
    deadline     ENUM('PRELIMINARY', 'FINAL') NOT NULL,
    sent_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (incident_id, deadline),
    CONSTRAINT fk_incident_reminder_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
