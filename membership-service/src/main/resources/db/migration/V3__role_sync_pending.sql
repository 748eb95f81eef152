-- People whose realm roles changed and are not yet pushed to the identity provider (written with the change).
CREATE TABLE role_sync_pending (
    person_id     VARCHAR(200) PRIMARY KEY,
    requested_at  TIMESTAMPTZ  NOT NULL
);
