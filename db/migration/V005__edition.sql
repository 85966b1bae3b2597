-- Fiscal-year cohorts, editions (号) with their schedule, and articles (seed W5–W7). An article's
-- stage is never stored: it follows from its manuscript (manuscript.article_id) and the schedule.
CREATE TABLE cohort (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fiscal_year   INT           NOT NULL,
    term_start    DATE          NOT NULL,
    term_end      DATE          NOT NULL,
    contractor    VARCHAR(200)  NOT NULL,
    closed_at     DATETIME(6)   NULL,
    created_by    BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_cohort_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_cohort_term CHECK (term_start <= term_end)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE UNIQUE INDEX ux_cohort_year ON cohort (fiscal_year);

-- The residents recruited that year, by account id (pen names live with the account).
CREATE TABLE cohort_member (
    cohort_id    BIGINT NOT NULL,
    resident_id  BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, resident_id),
    CONSTRAINT fk_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_member_resident FOREIGN KEY (resident_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- delivered_on is the contractor manager's 納品日; the delivery counts once the ward confirms it.
CREATE TABLE edition (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id             BIGINT        NOT NULL,
    number                INT           NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    delivered_on          DATE          NULL,
    delivery_marked_by    BIGINT        NULL,
    delivery_marked_at    DATETIME(6)   NULL,
    delivery_confirmed_by BIGINT        NULL,
    delivery_confirmed_at DATETIME(6)   NULL,
    created_by            BIGINT        NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    CONSTRAINT fk_edition_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE UNIQUE INDEX ux_edition_number ON edition (cohort_id, number);

CREATE TABLE milestone (
    edition_id  BIGINT  NOT NULL,
    kind        ENUM('DRAFT_DUE', 'FIRST_CORRECTION_DUE', 'FINAL_TEXT_DUE', 'DESIGN_PROOF', 'PRINT', 'DELIVERY') NOT NULL,
    due_on      DATE    NOT NULL,
    PRIMARY KEY (edition_id, kind),
    CONSTRAINT fk_milestone_edition FOREIGN KEY (edition_id) REFERENCES edition (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Every schedule change, with who and when (the first setting included).
CREATE TABLE milestone_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id  BIGINT        NOT NULL,
    kind        ENUM('DRAFT_DUE', 'FIRST_CORRECTION_DUE', 'FINAL_TEXT_DUE', 'DESIGN_PROOF', 'PRINT', 'DELIVERY') NOT NULL,
    old_due_on  DATE          NULL,
    new_due_on  DATE          NOT NULL,
    changed_by  BIGINT        NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_milestone_change_edition FOREIGN KEY (edition_id) REFERENCES edition (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_milestone_change_edition ON milestone_change (edition_id, changed_at);

-- handler_id: the contractor's handler responsible for the article's corrections.
CREATE TABLE article (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id      BIGINT        NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    planned_length  INT           NOT NULL,
    handler_id      BIGINT        NULL,
    created_by      BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_article_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
    CONSTRAINT fk_article_handler FOREIGN KEY (handler_id) REFERENCES account (id),
    CONSTRAINT ck_article_length CHECK (planned_length > 0)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_article_edition ON article (edition_id);
CREATE INDEX ix_article_handler ON article (handler_id);

-- The first-listed resident (position 0) writes the article's manuscript; others co-write.
CREATE TABLE article_resident (
    article_id   BIGINT NOT NULL,
    resident_id  BIGINT NOT NULL,
    position     INT    NOT NULL,
    PRIMARY KEY (article_id, resident_id),
    CONSTRAINT fk_article_resident_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT fk_article_resident_account FOREIGN KEY (resident_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_article_resident_resident ON article_resident (resident_id);
