-- A survey's responses that still name a resident (issue 14, D1): the erasure's batches look for them again and again,
-- and the named answers' list orders by them. With the resident beside the survey in the index, the anonymous ones
-- (all of a cohort's once it is erased) are not read row by row to be passed over. The new index also serves the
-- survey's foreign key, so the one on the survey alone goes.
CREATE INDEX ix_survey_response_survey_resident ON survey_response (survey_id, resident_id);
DROP INDEX ix_survey_response_survey ON survey_response;
