-- The ward's receipt of an erasure certificate (D2; issue 14 item 6): which certificate, by its SHA-256, ward staff
-- checked against the portal and acknowledged, who and when. One per cohort; never changed; no personal data.
CREATE TABLE erasure_certificate_receipt (
    cohort_id          BIGINT      NOT NULL PRIMARY KEY,
    certificate_sha256 CHAR(64)    NOT NULL,
    acknowledged_by    BIGINT      NOT NULL,
    acknowledged_at    DATETIME(6) NOT NULL,
    CONSTRAINT fk_certificate_receipt_by FOREIGN KEY (acknowledged_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
