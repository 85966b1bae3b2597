-- Live collaboration (issue 23; W2, W6): what just happened, for the pages open on any instance of the portal, and
-- who has a manuscript open right now. Both are short-lived and timed by the database's own clock, which every
-- instance shares: events are read for ten seconds after they are written and deleted after ten minutes; presence
-- refreshed by its instance every 20 seconds counts for a minute. No personal data: things are named by id, people
-- by account id.
CREATE TABLE live_event (
    id          BIGINT       AUTO_INCREMENT PRIMARY KEY,
    instance    VARCHAR(36)  NOT NULL,
    topic       VARCHAR(100) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    actor_id    BIGINT       NULL,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_live_event_created ON live_event (created_at);

CREATE TABLE live_presence (
    id          BIGINT       AUTO_INCREMENT PRIMARY KEY,
    instance    VARCHAR(36)  NOT NULL,
    topic       VARCHAR(100) NOT NULL,
    account_id  BIGINT       NOT NULL,
    role        VARCHAR(40)  NOT NULL,
    activity    VARCHAR(40)  NOT NULL,
    detail      INT          NULL,
    seen_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE INDEX ix_live_presence_topic ON live_presence (topic, seen_at);
CREATE INDEX ix_live_presence_instance ON live_presence (instance);
