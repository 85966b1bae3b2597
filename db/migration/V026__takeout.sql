-- Taking residents' personal data out of the portal (seed P5, P8, P10; issue 14 item 7): a handler asks, ward staff
-- approve or refuse before anything leaves, the one export is recorded by its SHA-256 (never its content or its
-- password), and the handler reports the data's return or destruction. No personal data here: which fields went,
-- not their values; the carrier is a contractor's staff member named by the handler.
CREATE TABLE takeout_request (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id           BIGINT       NOT NULL,
    fields              VARCHAR(100) NOT NULL,
    purpose             VARCHAR(500) NOT NULL,
    destination         VARCHAR(300) NOT NULL,
    carrier             VARCHAR(100) NOT NULL,
    return_due          DATE         NOT NULL,
    state               ENUM('REQUESTED', 'APPROVED', 'REFUSED', 'EXPORTED', 'RETURNED', 'DESTROYED') NOT NULL,
    requested_by        BIGINT       NOT NULL,
    requested_at        DATETIME(6)  NOT NULL,
    decided_by          BIGINT       NULL,
    decided_at          DATETIME(6)  NULL,
    decision_reason     VARCHAR(500) NULL,
    exported_at         DATETIME(6)  NULL,
    exported_people     INT          NULL,
    export_sha256       CHAR(64)     NULL,
    closed_by           BIGINT       NULL,
    closed_at           DATETIME(6)  NULL,
    closed_note         VARCHAR(500) NULL,
    overdue_flagged_on  DATE         NULL,
    CONSTRAINT fk_takeout_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_takeout_requested_by FOREIGN KEY (requested_by) REFERENCES account (id),
    CONSTRAINT fk_takeout_decided_by FOREIGN KEY (decided_by) REFERENCES account (id),
    CONSTRAINT fk_takeout_closed_by FOREIGN KEY (closed_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_takeout_state ON takeout_request (state, return_due);
