-- Handling-status reports on the ward's request (特記事項14, seed O1; issue 15 item 1): ward staff ask with a due
-- date, the handling manager answers with a text and the portal's generated report (PDF and CSV) for a period,
-- kept here so that every instance serves the same files. No personal data: the report counts accesses per staff
-- member and names staff by display name only.
CREATE TABLE oversight_report_request (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    question           VARCHAR(2000) NOT NULL,
    due_on             DATE          NOT NULL,
    asked_by           BIGINT        NOT NULL,
    asked_at           DATETIME(6)   NOT NULL,
    answer             VARCHAR(4000) NULL,
    answered_by        BIGINT        NULL,
    answered_at        DATETIME(6)   NULL,
    period_from        DATE          NULL,
    period_to          DATE          NULL,
    report_pdf         MEDIUMBLOB    NULL,
    report_csv         MEDIUMBLOB    NULL,
    report_sha256      CHAR(64)      NULL,
    overdue_flagged_at DATETIME(6)   NULL,
    CONSTRAINT fk_oversight_report_asked_by FOREIGN KEY (asked_by) REFERENCES account (id),
    CONSTRAINT fk_oversight_report_answered_by FOREIGN KEY (answered_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_oversight_report_open ON oversight_report_request (answered_at, due_on);
