-- What the application's database user may do, table by table (P4, P11). Kept in step with
-- db/migration: a test fails when a table has no line here.
-- ${app_user} stands for the account, e.g. 'akapen'@'10.0.0.%'. The embedded server applies this file
-- itself after each migration; for an external server, see README ("Production").
-- The audit log may only be appended to and read: no UPDATE, DELETE, DROP (TRUNCATE), ALTER or TRIGGER.
GRANT SELECT, INSERT ON audit_event TO ${app_user};
-- read only: the portal checks at start that the schema is the one it needs
GRANT SELECT ON flyway_schema_history TO ${app_user};
GRANT SELECT, INSERT, UPDATE ON audit_checkpoint TO ${app_user};
-- written once, when the chain becomes keyed; never changed by the portal
GRANT SELECT, INSERT ON audit_chain_key TO ${app_user};
GRANT SELECT, INSERT, UPDATE ON audit_writer_lock TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON account TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttle TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON mfa_credential TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON mfa_recovery_code TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON notice TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON notice_read TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON manuscript TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON manuscript_version TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON manuscript_event TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON correction_round TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON correction_change TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON correction_message TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON cohort TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON cohort_member TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON edition TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON milestone TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON milestone_change TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON article TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON article_resident TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON data_key TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON vault_entry TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON handler_designation TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON purpose_acknowledgement TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON privacy_cohort_member TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON mail_preference TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON mail_message TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON mail_recipient TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON mail_attempt TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON portal_file TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON portal_file_reader TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON portal_file_link TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON lecture_session TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON lecture_attendance TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON lecture_invitation TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON lecture_reminder TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON lecture_material TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON lecture_checkin_failure TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON survey TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON survey_question TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON survey_review TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON survey_completion TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON survey_response TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON survey_answer TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON survey_notice TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON takeout_request TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON retention_period TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON retention_decision TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON retention_notice TO ${app_user};
-- erasure runs and their steps are never deleted, and the ledger of erased record ids is only appended to (D1, D2)
GRANT SELECT, INSERT, UPDATE ON erasure TO ${app_user};
GRANT SELECT, INSERT, UPDATE ON erasure_step TO ${app_user};
GRANT SELECT, INSERT ON erasure_record TO ${app_user};
-- a receipt is written once and never changed (D2)
GRANT SELECT, INSERT ON erasure_certificate_receipt TO ${app_user};
-- the verification scan of an erasure is written once, with its hits, and never changed (D2)
GRANT SELECT, INSERT ON erasure_verification TO ${app_user};
GRANT SELECT, INSERT ON erasure_verification_hit TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON training_session TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON training_attendance TO ${app_user};
-- an incident's record and its steps are never deleted (O4, O5)
GRANT SELECT, INSERT, UPDATE ON incident TO ${app_user};
GRANT SELECT, INSERT ON incident_step TO ${app_user};
GRANT SELECT, INSERT ON incident_reminder TO ${app_user};
-- handling-status reports and the annual audit (O1, O2; issue 15)
GRANT SELECT, INSERT, UPDATE ON oversight_report_request TO ${app_user};
GRANT SELECT, INSERT, UPDATE ON oversight_audit TO ${app_user};
GRANT SELECT, INSERT, UPDATE ON oversight_audit_result TO ${app_user};
GRANT SELECT, INSERT, UPDATE ON oversight_finding TO ${app_user};
GRANT SELECT, INSERT ON oversight_audit_notice TO ${app_user};
-- live collaboration (issue 23): short-lived, deleted by the portal itself
GRANT SELECT, INSERT, DELETE ON live_event TO ${app_user};
GRANT SELECT, INSERT, UPDATE, DELETE ON live_presence TO ${app_user};
-- proofreading (issue 16): dismissals and an edition's allowed words can be taken back; house rows are withdrawn, not deleted
GRANT SELECT, INSERT, DELETE ON proofreading_dismissal TO ${app_user};
GRANT SELECT, INSERT, DELETE ON proofreading_allowed TO ${app_user};
GRANT SELECT, INSERT, UPDATE ON house_term TO ${app_user};
