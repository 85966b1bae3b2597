-- Who was told that a survey may be answered (OPENED) and who was reminded before it closes (REMINDER), issue 13
-- items 6 and 8. A row is inserted in the transaction that posts the notice, so several instances tell each
-- attendee once. No time and nothing of the answers: a row says only that a notice went to this attendee.
CREATE TABLE survey_notice (
    survey_id   BIGINT NOT NULL,
    resident_id BIGINT NOT NULL,
    kind        ENUM('OPENED', 'REMINDER') NOT NULL,
    PRIMARY KEY (survey_id, resident_id, kind),
    CONSTRAINT fk_survey_notice_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_survey_notice_resident FOREIGN KEY (resident_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- The day the first attendees were told the survey may be answered: a reminder follows only if that was before the
-- reminder's lead time began (told inside it, they already read the closing day). One day per survey, not per person.
ALTER TABLE survey ADD COLUMN first_noticed_on DATE NULL;
