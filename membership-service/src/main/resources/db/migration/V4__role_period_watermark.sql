-- Up to when role periods (grants' from/until, membership classes' since/until) have been applied: a period
-- boundary passed after this instant still has to publish its derived role changes and sync Keycloak.
CREATE TABLE role_period_watermark (
    id            SMALLINT    PRIMARY KEY CHECK (id = 1),
    checked_until TIMESTAMPTZ NOT NULL
);
INSERT INTO role_period_watermark (id, checked_until) VALUES (1, now());
