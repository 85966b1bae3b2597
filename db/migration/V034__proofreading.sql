-- Proofreading assistant (issue 16; W2). A tracked change made from a suggestion names the rule that proposed it,
-- so the reason survives every recompute of the round's change list (the row is kept, and with it the rule).
ALTER TABLE correction_change ADD COLUMN rule_id VARCHAR(64) NULL;

-- A suggestion the contractor dismissed stays dismissed for that text of that manuscript, in every later round.
CREATE TABLE proofreading_dismissal (
    manuscript_id  BIGINT        NOT NULL,
    rule_id        VARCHAR(64)   NOT NULL,
    found          VARCHAR(200)  NOT NULL,
    dismissed_by   BIGINT        NOT NULL,
    dismissed_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (manuscript_id, rule_id, found),
    CONSTRAINT fk_dismissal_manuscript FOREIGN KEY (manuscript_id) REFERENCES manuscript (id) ON DELETE CASCADE,
    CONSTRAINT fk_dismissal_by FOREIGN KEY (dismissed_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Words an edition uses on purpose (a title, a quoted name, a historical term): no rule flags them in its manuscripts.
CREATE TABLE proofreading_allowed (
    edition_id  BIGINT        NOT NULL,
    term        VARCHAR(100)  NOT NULL,
    added_by    BIGINT        NOT NULL,
    added_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (edition_id, term),
    CONSTRAINT fk_allowed_edition FOREIGN KEY (edition_id) REFERENCES edition (id) ON DELETE CASCADE,
    CONSTRAINT fk_allowed_by FOREIGN KEY (added_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- The contractor manager's own rows of the house dictionary. A row whose rule id is one of the shipped file's replaces
-- that row; a withdrawn row switches it (or an own row) off. The shipped file stays the default.
CREATE TABLE house_term (
    rule_id         VARCHAR(64)   NOT NULL PRIMARY KEY,
    pattern         VARCHAR(200)  NOT NULL,
    replacement     VARCHAR(200)  NOT NULL,
    note            VARCHAR(400)  NOT NULL,
    example_before  VARCHAR(400)  NOT NULL,
    example_after   VARCHAR(400)  NOT NULL,
    withdrawn       BOOLEAN       NOT NULL DEFAULT FALSE,
    changed_by      BIGINT        NOT NULL,
    changed_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_house_term_by FOREIGN KEY (changed_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
