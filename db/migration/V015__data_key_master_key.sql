-- Which master key wraps each data key (issue 24; seed P11): the first 16 hex digits of the SHA-256
-- of the master key (MasterKey.fingerprint, which reveals nothing usable). A master-key rotation
-- re-wraps one row per transaction and sets this column in the same UPDATE, so a rotation killed
-- half-way is resumed by running it again: rows already under the new key are skipped, none is
-- wrapped twice. Null for rows from before this migration: the start-up check, which opens every
-- key, records the key that opened them.
ALTER TABLE data_key ADD COLUMN master_key CHAR(16) NULL;

CREATE INDEX ix_data_key_master_key ON data_key (master_key, id);

-- A data key of the account area's own (scope MFA, scope_id 0) seals the second factor's TOTP
-- secrets (mfa_credential.secret, "sealed-v1:" + base64), so a master-key rotation re-wraps one key
-- for all of them. No new table: db/grants.sql is unchanged.
ALTER TABLE data_key MODIFY COLUMN scope ENUM('COHORT', 'PERSON', 'MFA') NOT NULL;
