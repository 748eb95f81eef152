-- Council motions: proposed by a councillor, voted (or abstained) by every councillor seated when it opened,
-- decided when all have answered or at the deadline. Everything here is public once decided.
CREATE TABLE council_motion (
    id                     UUID          PRIMARY KEY,
    kind                   VARCHAR(40)   NOT NULL,
    title                  VARCHAR(300)  NOT NULL,
    text                   TEXT          NOT NULL,
    proposed_by            VARCHAR(200)  NOT NULL,
    -- whom the effect concerns: the Returning Officer nominated, the person appointed, the member to remove
    subject_id             VARCHAR(200),
    -- nominate-returning-officer: the election to prepare
    election_kind          VARCHAR(40),
    election_cohort        VARCHAR(10),
    election_seats         INTEGER,
    -- appoint-replacement: the vacant seat
    seat_id                VARCHAR(20),
    -- replace-out-of-touch: the councillor who cannot be contacted, and since when
    missing_councillor_id  VARCHAR(200),
    out_of_touch_since     TIMESTAMPTZ,
    rulebook_version       INTEGER       NOT NULL,
    opened_at              TIMESTAMPTZ   NOT NULL,
    deadline               TIMESTAMPTZ   NOT NULL,
    decided_at             TIMESTAMPTZ,
    passed                 BOOLEAN,
    yes_votes              INTEGER,
    no_votes               INTEGER,
    abstentions            INTEGER,
    silent                 INTEGER,
    explanation            TEXT,
    -- what the decision did: the draft election it created, or why an effect could not be applied
    created_election_id    UUID          REFERENCES election (id),
    effect                 VARCHAR(2000)
);
CREATE INDEX council_motion_open ON council_motion (deadline) WHERE decided_at IS NULL;

-- The councillors listed when the motion opened, and each one's answer. vote is null until they answer;
-- a councillor still silent at the deadline keeps null: recorded as not having voted.
CREATE TABLE council_motion_vote (
    motion_id             UUID          NOT NULL REFERENCES council_motion (id),
    person_id             VARCHAR(200)  NOT NULL,
    display_name          VARCHAR(200)  NOT NULL,
    seat_id               VARCHAR(20)   NOT NULL,
    vote                  VARCHAR(10)   CHECK (vote IN ('yes', 'no', 'abstain')),
    conflict_of_interest  BOOLEAN       NOT NULL DEFAULT FALSE,
    -- the missing member of an out-of-touch motion: recorded as abstaining by the rules, not by themselves
    recorded_abstention   BOOLEAN       NOT NULL DEFAULT FALSE,
    voted_at              TIMESTAMPTZ,
    PRIMARY KEY (motion_id, person_id)
);

-- A replacement appointed by the council holds the seat without an election: the motion names the tenure's origin.
ALTER TABLE council_seat ALTER COLUMN election_id DROP NOT NULL;
ALTER TABLE council_seat ADD COLUMN motion_id UUID REFERENCES council_motion (id);
ALTER TABLE council_seat ADD CONSTRAINT council_seat_origin CHECK (election_id IS NOT NULL OR motion_id IS NOT NULL);
