-- Manuscripts and tracked corrections (seed W1, W2). A manuscript belongs to one resident and,
-- once editions exist, to one article (known here by id only). Its versions are immutable; a
-- correction round proposes changes to one version, and the resident's decisions on them produce
-- the next version.
CREATE TABLE manuscript (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id   BIGINT        NULL,
    resident_id  BIGINT        NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    status       ENUM('DRAFTING', 'IN_CORRECTION', 'IN_REVIEW', 'FINAL') NOT NULL,
    another_round_requested BOOLEAN NOT NULL DEFAULT FALSE,
    created_by   BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_manuscript_resident FOREIGN KEY (resident_id) REFERENCES account (id),
    CONSTRAINT fk_manuscript_created_by FOREIGN KEY (created_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_manuscript_resident ON manuscript (resident_id);
CREATE INDEX ix_manuscript_article ON manuscript (article_id);

-- origin: the resident's own draft (typed or uploaded), or the result of a finished review.
CREATE TABLE manuscript_version (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    manuscript_id  BIGINT        NOT NULL,
    number         INT           NOT NULL,
    body           MEDIUMTEXT    NOT NULL,
    origin         ENUM('DRAFT', 'UPLOAD', 'REVIEW') NOT NULL,
    source_name    VARCHAR(255)  NULL,
    source_charset VARCHAR(40)   NULL,
    round_id       BIGINT        NULL,
    author_id      BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_version_manuscript FOREIGN KEY (manuscript_id) REFERENCES manuscript (id),
    CONSTRAINT fk_version_author FOREIGN KEY (author_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE UNIQUE INDEX ux_version_number ON manuscript_version (manuscript_id, number);

-- A correction round (初校, 再校, 三校…). corrected_body is the contractor's working text; the
-- changes below are computed from base version → corrected_body. lock_version guards against two
-- people saving the same round at once.
CREATE TABLE correction_round (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    manuscript_id    BIGINT        NOT NULL,
    number           INT           NOT NULL,
    base_version_id  BIGINT        NOT NULL,
    corrected_body   MEDIUMTEXT    NOT NULL,
    status           ENUM('OPEN', 'RETURNED', 'REVIEWED') NOT NULL,
    due_on           DATE          NOT NULL,
    opened_by        BIGINT        NOT NULL,
    opened_at        DATETIME(6)   NOT NULL,
    submitted_at     DATETIME(6)   NOT NULL,
    returned_by      BIGINT        NULL,
    returned_at      DATETIME(6)   NULL,
    reviewed_at      DATETIME(6)   NULL,
    result_version_id BIGINT       NULL,
    lock_version     INT           NOT NULL DEFAULT 0,
    updated_by       BIGINT        NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_round_manuscript FOREIGN KEY (manuscript_id) REFERENCES manuscript (id),
    CONSTRAINT fk_round_base FOREIGN KEY (base_version_id) REFERENCES manuscript_version (id),
    CONSTRAINT fk_round_opened_by FOREIGN KEY (opened_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE UNIQUE INDEX ux_round_number ON correction_round (manuscript_id, number);

-- One proposed change: base.substring(start_offset, end_offset) = before_text becomes after_text.
-- A conflict is a change that no longer applied cleanly after the resident saved a newer draft:
-- it keeps its old text and waits for the contractor, never dropped and never guessed.
CREATE TABLE correction_change (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id      BIGINT        NOT NULL,
    seq           INT           NOT NULL,
    start_offset  INT           NOT NULL,
    end_offset    INT           NOT NULL,
    before_text   MEDIUMTEXT    NOT NULL,
    after_text    MEDIUMTEXT    NOT NULL,
    reason        ENUM('TYPO', 'CONSISTENCY', 'FACT_CHECK', 'STYLE', 'GENDER_PERSPECTIVE', 'OTHER') NULL,
    comment       TEXT          NULL,
    conflict      BOOLEAN       NOT NULL DEFAULT FALSE,
    decision      ENUM('PENDING', 'ACCEPTED', 'REJECTED') NOT NULL DEFAULT 'PENDING',
    decided_by    BIGINT        NULL,
    decided_at    DATETIME(6)   NULL,
    CONSTRAINT fk_change_round FOREIGN KEY (round_id) REFERENCES correction_round (id) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_change_round ON correction_change (round_id, seq);

-- Replies about one change (the contractor's comment is on the change itself).
CREATE TABLE correction_message (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    change_id   BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    body        TEXT          NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_message_change FOREIGN KEY (change_id) REFERENCES correction_change (id) ON DELETE CASCADE,
    CONSTRAINT fk_message_author FOREIGN KEY (author_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_message_change ON correction_message (change_id, created_at);

-- Who did what to a manuscript and when: the history the ward and the dashboard read. detail holds
-- the figures of the event, comma-separated (counts, version numbers), or for a resolved conflict
-- the change it was; the page puts them into words in the reader's language.
CREATE TABLE manuscript_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    manuscript_id  BIGINT        NOT NULL,
    round_id       BIGINT        NULL,
    kind           ENUM('CREATED', 'VERSION_SAVED', 'ROUND_OPENED', 'ROUND_SAVED', 'ROUND_REBASED', 'CONFLICT_RESOLVED',
                        'ROUND_RETURNED',
                        'REVIEW_FINISHED', 'ANOTHER_ROUND_REQUESTED', 'MARKED_FINAL') NOT NULL,
    actor_id       BIGINT        NOT NULL,
    detail         VARCHAR(200)  NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_event_manuscript FOREIGN KEY (manuscript_id) REFERENCES manuscript (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_event_manuscript ON manuscript_event (manuscript_id, occurred_at);
