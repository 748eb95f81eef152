-- Consumed records a consumer refused or could not apply, with the reason; nothing else changed for them.
CREATE TABLE dead_letter (
    id           BIGSERIAL    PRIMARY KEY,
    consumer     VARCHAR(100) NOT NULL,
    topic        VARCHAR(200) NOT NULL,
    ce_source    VARCHAR(300),
    ce_id        VARCHAR(200),
    ce_type      VARCHAR(200),
    reason       TEXT         NOT NULL,
    record       TEXT         NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX dead_letter_by_consumer ON dead_letter (consumer, id);
