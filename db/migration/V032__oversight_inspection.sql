-- The ward's annual audit of the contractor (特記事項15-17, seed O2; issue 15 item 2): one per fiscal year, its
-- checklist results per item (the items themselves are data shipped with the portal, named by their code), the
-- chain verification run for it, and findings with corrective actions tracked to closure.
CREATE TABLE oversight_audit (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    fiscal_year        INT          NOT NULL,
    started_by         BIGINT       NOT NULL,
    started_at         DATETIME(6)  NOT NULL,
    chain_checked_at   DATETIME(6)  NULL,
    chain_intact       BOOLEAN      NULL,
    chain_entries      BIGINT       NULL,
    finished_by        BIGINT       NULL,
    finished_at        DATETIME(6)  NULL,
    CONSTRAINT ux_oversight_audit_year UNIQUE (fiscal_year),
    CONSTRAINT fk_oversight_audit_started_by FOREIGN KEY (started_by) REFERENCES account (id),
    CONSTRAINT fk_oversight_audit_finished_by FOREIGN KEY (finished_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE oversight_audit_result (
    audit_id      BIGINT       NOT NULL,
    item_code     VARCHAR(20)  NOT NULL,
    result        ENUM('CONFORMS', 'NEEDS_IMPROVEMENT', 'NOT_APPLICABLE') NOT NULL,
    note          VARCHAR(1000) NULL,
    recorded_by   BIGINT       NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (audit_id, item_code),
    CONSTRAINT fk_oversight_result_audit FOREIGN KEY (audit_id) REFERENCES oversight_audit (id),
    CONSTRAINT fk_oversight_result_by FOREIGN KEY (recorded_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE oversight_finding (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    audit_id       BIGINT        NOT NULL,
    item_code      VARCHAR(20)   NULL,
    finding        VARCHAR(1000) NOT NULL,
    action         VARCHAR(1000) NOT NULL,
    owner_id       BIGINT        NOT NULL,
    due_on         DATE          NOT NULL,
    state          ENUM('OPEN', 'DONE', 'CLOSED') NOT NULL,
    created_by     BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    done_note      VARCHAR(1000) NULL,
    done_by        BIGINT        NULL,
    done_at        DATETIME(6)   NULL,
    closed_by      BIGINT        NULL,
    closed_at      DATETIME(6)   NULL,
    CONSTRAINT fk_oversight_finding_audit FOREIGN KEY (audit_id) REFERENCES oversight_audit (id),
    CONSTRAINT fk_oversight_finding_owner FOREIGN KEY (owner_id) REFERENCES account (id),
    CONSTRAINT fk_oversight_finding_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT fk_oversight_finding_done_by FOREIGN KEY (done_by) REFERENCES account (id),
    CONSTRAINT fk_oversight_finding_closed_by FOREIGN KEY (closed_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_oversight_finding_audit ON oversight_finding (audit_id);

-- The notice that a fiscal year reached its last quarter without an audit: one row per year, so it is sent once
-- whatever the number of instances or runs.
CREATE TABLE oversight_audit_notice (
    fiscal_year  INT         NOT NULL PRIMARY KEY,
    sent_at      DATETIME(6) NOT NULL
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
