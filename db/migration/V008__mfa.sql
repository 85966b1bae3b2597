-- Second factor for signing in (seed P3, ASVS L2 V2.8): one TOTP credential (RFC 6238) per
-- account and ten single-use recovery codes. Owned by the account area.

-- The shared secret is stored as the authenticator app holds it (Base32, 160 bits): the server
-- must read it back to compute codes, so it cannot be hashed. It is not yet sealed under a key
-- from configuration (a known gap, see README): a MfaSecretSealer bean can do so, and the column
-- is wide enough for a sealed form. last_used_step is the 30-second step of the last code
-- accepted: a code of that step or an earlier one is refused (no replay).
CREATE TABLE mfa_credential (
    account_id      BIGINT       NOT NULL PRIMARY KEY,
    secret          VARCHAR(255) NOT NULL,
    enrolled_at     DATETIME(6)  NOT NULL,
    last_used_step  BIGINT       NULL,
    CONSTRAINT fk_mfa_credential_account FOREIGN KEY (account_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Recovery codes are random (60 bits each), so a SHA-256 hash is enough to make a stolen table
-- useless; used_at marks a code spent. A new enrolment or a reset replaces all of them.
CREATE TABLE mfa_recovery_code (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    code_hash   CHAR(64)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6)  NULL,
    CONSTRAINT fk_mfa_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE UNIQUE INDEX ux_mfa_recovery_code ON mfa_recovery_code (account_id, code_hash);
