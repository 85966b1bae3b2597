-- What the audit view (/audit, seed P4, O2) filters on: who acted, whose data (the object), when, and
-- which action. Without them every filtered page and its count read the whole log, which grows by
-- every login and every read for as long as the portal runs (about a million entries in a few years).
-- InnoDB appends the primary key (seq) to each secondary index, so an equality on actor or object
-- also reads its entries in seq order, newest first, as the view lists them.
-- The application's user needs no grant for an index (db/grants.sql is unchanged).
CREATE INDEX ix_audit_event_actor ON audit_event (actor_id, at);
CREATE INDEX ix_audit_event_object ON audit_event (object_type, object_id, at);
CREATE INDEX ix_audit_event_object_id ON audit_event (object_id);
CREATE INDEX ix_audit_event_at ON audit_event (at);
CREATE INDEX ix_audit_event_action ON audit_event (action, outcome);
