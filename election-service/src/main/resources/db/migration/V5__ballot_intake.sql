-- Ballots accepted and not yet mixed into a slot (docs/decisions/0515). The voter's transaction writes one row here
-- and its roll entry, nothing in the ballot tables; the row is sealed (AES-GCM under the service's intake key), has a
-- random id, no time and no sequence, and is deleted by the mixer that moves it into a random slot within seconds.
CREATE TABLE ballot_intake (
    id        UUID        PRIMARY KEY,
    box_id    UUID        NOT NULL,
    box_kind  VARCHAR(20) NOT NULL,
    sealed    BYTEA       NOT NULL
);
CREATE INDEX ballot_intake_box ON ballot_intake (box_id);
