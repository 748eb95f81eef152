-- Events waiting to be relayed to Kafka, written in the same transaction as the state they describe.
CREATE TABLE outbox_message (
    id             BIGSERIAL PRIMARY KEY,
    event_id       UUID         NOT NULL UNIQUE,
    topic          VARCHAR(200) NOT NULL,
    message_key    VARCHAR(200) NOT NULL,
    event_type     VARCHAR(200) NOT NULL,
    cloud_event    TEXT         NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    published_at   TIMESTAMPTZ,
    attempts       INTEGER      NOT NULL DEFAULT 0,
    last_error     TEXT
);
CREATE INDEX outbox_message_pending ON outbox_message (id) WHERE published_at IS NULL;

-- Events a consumer has already applied, recorded in the same transaction as their effect.
CREATE TABLE processed_event (
    consumer      VARCHAR(100) NOT NULL,
    ce_source     VARCHAR(300) NOT NULL,
    ce_id         VARCHAR(200) NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, ce_source, ce_id)
);
