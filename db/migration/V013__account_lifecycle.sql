-- Disabling accounts and resetting a lost password or second factor (issue 24; seed P3, R1-R5).
-- Owned by the account area; no new table, so db/grants.sql is unchanged.

-- session_epoch goes up when the account is disabled or its sign-in is reset. Every signed-in
-- session remembers the epoch it signed in under and is ended at its next request, on whichever
-- instance holds it, once the epoch differs or the account is disabled.
ALTER TABLE account ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;

-- Set while password_hash is the hash of a one-time code from a reset (by ward staff or the
-- contractor manager): the code works until then, and only to set a new password (and enrol a new
-- authenticator where the role needs one). Null otherwise.
ALTER TABLE account ADD COLUMN reset_expires_at DATETIME(6) NULL;
