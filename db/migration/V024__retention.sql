-- The retention period of each cohort's personal data after the work is delivered (seed D1, D3; issue 14 items 1-3).
-- One row per cohort, made when the privacy area learns of the cohort (CohortFormed, which carries the term's end),
-- so no foreign key to the edition area's cohort. Existing installations: copied once from cohort below.
-- state: NOT_STARTED until the last edition's delivery or the term's end starts the clock; then RUNNING, EXTENDED
-- (the ward set a later date), HELD (the ward stopped the clock; held_days_left is what remained), AWAITING_WARD
-- (the manager confirmed at expiry) and APPROVED (erasure approved). Running past due_on reads as awaiting the
-- manager's confirmation; that is worked out from the date, not stored.
CREATE TABLE retention_period (
    cohort_id       BIGINT       NOT NULL PRIMARY KEY,
    fiscal_year     INT          NOT NULL,
    term_end        DATE         NOT NULL,
    state           ENUM('NOT_STARTED', 'RUNNING', 'EXTENDED', 'HELD', 'AWAITING_WARD', 'APPROVED') NOT NULL,
    started_on      DATE         NULL,
    started_by      ENUM('LAST_EDITION', 'TERM_END') NULL,
    due_on          DATE         NULL,
    held_days_left  INT          NULL,
    confirmed_by    BIGINT       NULL,
    confirmed_at    DATETIME(6)  NULL,
    approved_by     BIGINT       NULL,
    approved_at     DATETIME(6)  NULL,
    CONSTRAINT fk_retention_confirmed_by FOREIGN KEY (confirmed_by) REFERENCES account (id),
    CONSTRAINT fk_retention_approved_by FOREIGN KEY (approved_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_retention_period_state ON retention_period (state, term_end);

-- Every decision on a cohort's period, shown to the manager with who, when and why (D3). decided_by is null for the
-- system's steps (the clock started, approval after the grace period). The reason is the decider's own words about
-- the period, never a resident's data.
CREATE TABLE retention_decision (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id   BIGINT        NOT NULL,
    kind        ENUM('STARTED', 'EXTENDED', 'HELD', 'RELEASED', 'CONFIRMED', 'MANAGER_REFUSED', 'WARD_REFUSED',
                     'APPROVED', 'APPROVED_AFTER_GRACE') NOT NULL,
    decided_by  BIGINT        NULL,
    decided_at  DATETIME(6)   NOT NULL,
    reason      VARCHAR(1000) NULL,
    due_on      DATE          NULL,
    CONSTRAINT fk_retention_decision_period FOREIGN KEY (cohort_id) REFERENCES retention_period (cohort_id),
    CONSTRAINT fk_retention_decision_by FOREIGN KEY (decided_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_retention_decision_cohort ON retention_decision (cohort_id, decided_at);

-- The countdown notices (14, 7 and 1 days before, 0 = the period ended), one row per cohort, due date and lead,
-- inserted in the transaction that posts them, so several instances notify once; a new due date notifies anew.
CREATE TABLE retention_notice (
    cohort_id    BIGINT      NOT NULL,
    due_on       DATE        NOT NULL,
    days_before  INT         NOT NULL,
    sent_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (cohort_id, due_on, days_before),
    CONSTRAINT fk_retention_notice_period FOREIGN KEY (cohort_id) REFERENCES retention_period (cohort_id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

INSERT INTO retention_period (cohort_id, fiscal_year, term_end, state)
SELECT id, fiscal_year, term_end, 'NOT_STARTED' FROM cohort;
