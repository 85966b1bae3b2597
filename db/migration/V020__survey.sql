-- Surveys after a lecture or meeting (受講アンケート; issue 13 items 6-10; seed W4, P6, P7). A survey belongs to a
-- session and is opened to the session's attendees (lecture_attendance) once the session has ended, until closes_on.
-- state: DRAFT (being written; also after the ward refused, or after an edit voided an approval), AWAITING_WARD
-- (screening found sensitive words: ward staff must approve or refuse, with a reason), OPEN (may be answered by the
-- attendees from the end of the session to closes_on). approved_review_id: the ward's approval the OPEN state rests
-- on; an edit of a question clears it.
CREATE TABLE survey (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id         BIGINT        NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    purpose            TEXT          NOT NULL,
    anonymous          BOOLEAN       NOT NULL,
    closes_on          DATE          NOT NULL,
    state              ENUM('DRAFT', 'AWAITING_WARD', 'OPEN') NOT NULL,
    approved_review_id BIGINT        NULL,
    created_by         BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_survey_session FOREIGN KEY (session_id) REFERENCES lecture_session (id),
    CONSTRAINT fk_survey_created_by FOREIGN KEY (created_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_survey_session ON survey (session_id);

-- options: the choices of a SINGLE or MULTIPLE question, one per line, in order (none for SCALE and TEXT).
CREATE TABLE survey_question (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    survey_id BIGINT        NOT NULL,
    position  INT           NOT NULL,
    kind      ENUM('SINGLE', 'MULTIPLE', 'SCALE', 'TEXT') NOT NULL,
    text      VARCHAR(1000) NOT NULL,
    required  BOOLEAN       NOT NULL,
    options   TEXT          NULL,
    CONSTRAINT fk_survey_question_survey FOREIGN KEY (survey_id) REFERENCES survey (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_survey_question_survey ON survey_question (survey_id, position);

-- The ward's decision on a screened survey (P7): the questions as the ward read them (with what screening found),
-- the decision and its reason. The audit event of the decision carries the SHA-256 of questions_read (its first 80 bits).
CREATE TABLE survey_review (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    survey_id      BIGINT        NOT NULL,
    decision       ENUM('APPROVED', 'REFUSED') NOT NULL,
    reason         TEXT          NOT NULL,
    questions_read MEDIUMTEXT    NOT NULL,
    decided_by     BIGINT        NOT NULL,
    decided_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_survey_review_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_survey_review_decided_by FOREIGN KEY (decided_by) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_survey_review_survey ON survey_review (survey_id);

-- Who has answered (to remind the others and to refuse a second answer). Deliberately no time and no link to the
-- answers: in an anonymous survey nothing joins this table to survey_response (item 8).
CREATE TABLE survey_completion (
    survey_id   BIGINT NOT NULL,
    resident_id BIGINT NOT NULL,
    PRIMARY KEY (survey_id, resident_id),
    CONSTRAINT fk_survey_completion_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_survey_completion_resident FOREIGN KEY (resident_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- One submitted questionnaire. id: 16 random bytes, so the order of inserts cannot be read from it (the clustered
-- index sorts by it, not by arrival). answered_on: the day only. resident_id: only in a named survey.
CREATE TABLE survey_response (
    id          BINARY(16) NOT NULL PRIMARY KEY,
    survey_id   BIGINT     NOT NULL,
    answered_on DATE       NOT NULL,
    resident_id BIGINT     NULL,
    CONSTRAINT fk_survey_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_survey_response_resident FOREIGN KEY (resident_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_survey_response_survey ON survey_response (survey_id);

-- The answers of a response, one row per answered question (per chosen option for MULTIPLE): option_index for
-- SINGLE/MULTIPLE (0-based), scale_value 1-5 for SCALE, text_value for TEXT. The primary key is led by the random
-- response id, so no hidden row id orders them either.
CREATE TABLE survey_answer (
    response_id  BINARY(16) NOT NULL,
    question_id  BIGINT     NOT NULL,
    seq          INT        NOT NULL,
    option_index INT        NULL,
    scale_value  INT        NULL,
    text_value   TEXT       NULL,
    PRIMARY KEY (response_id, question_id, seq),
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id),
    CONSTRAINT fk_survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id),
    CONSTRAINT ck_survey_answer_scale CHECK (scale_value IS NULL OR scale_value BETWEEN 1 AND 5)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_survey_answer_question ON survey_answer (question_id);
