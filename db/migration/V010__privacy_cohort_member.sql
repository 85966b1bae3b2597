-- Which cohort each resident belongs to, as the privacy area knows it (seed P11, D1): the vault seals a
-- resident's entry under the key of the latest cohort they were recruited into. The privacy area learns
-- of cohorts only through the edition area's CohortFormed event, which fills this table in the cohort's
-- creating transaction; it no longer asks the edition area. No foreign key to cohort for that reason.
-- Existing installations: copied once from edition's cohort_member below.
CREATE TABLE privacy_cohort_member (
    cohort_id    BIGINT NOT NULL,
    resident_id  BIGINT NOT NULL,
    fiscal_year  INT    NOT NULL,
    PRIMARY KEY (cohort_id, resident_id),
    CONSTRAINT fk_privacy_cohort_member_resident FOREIGN KEY (resident_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_privacy_cohort_member_resident ON privacy_cohort_member (resident_id, fiscal_year);

INSERT INTO privacy_cohort_member (cohort_id, resident_id, fiscal_year)
SELECT m.cohort_id, m.resident_id, c.fiscal_year
FROM cohort_member m
JOIN cohort c ON c.id = m.cohort_id;
