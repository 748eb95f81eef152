-- Which rulebook version is in force; elections record the version they started under.
CREATE TABLE rulebook_in_force (
    id          SMALLINT PRIMARY KEY CHECK (id = 1),
    version     INTEGER     NOT NULL,
    in_force_since TIMESTAMPTZ NOT NULL
);
INSERT INTO rulebook_in_force (id, version, in_force_since) VALUES (1, 1, TIMESTAMPTZ '2026-01-01 00:00:00+00');

-- Projection of membership-service's events: who is a community member, under which public name.
CREATE TABLE community_member (
    person_id     VARCHAR(200) PRIMARY KEY,
    display_name  VARCHAR(200),
    on_roster     BOOLEAN      NOT NULL DEFAULT FALSE,
    status        VARCHAR(40)  NOT NULL DEFAULT 'active'
);

-- Projection of affiliations that count for the employer limit.
CREATE TABLE member_affiliation (
    person_id      VARCHAR(200) NOT NULL,
    entity_id      VARCHAR(200) NOT NULL,
    entity_root_id VARCHAR(200) NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    since          DATE,
    until          DATE,
    PRIMARY KEY (person_id, entity_id, kind)
);

CREATE TABLE election (
    id                    UUID PRIMARY KEY,
    kind                  VARCHAR(40)  NOT NULL,
    cohort                VARCHAR(10),
    seats                 INTEGER      NOT NULL,
    phase                 VARCHAR(40)  NOT NULL,
    rulebook_version      INTEGER      NOT NULL,
    returning_officer_id  VARCHAR(200) NOT NULL,
    appointed_by          VARCHAR(200) NOT NULL,
    nominations_open_at   TIMESTAMPTZ,
    nominations_close_at  TIMESTAMPTZ,
    voting_close_at       TIMESTAMPTZ,
    seed_commitment       VARCHAR(64),
    seed                  VARCHAR(64),
    seed_revealed         BOOLEAN      NOT NULL DEFAULT FALSE,
    final_step            VARCHAR(2000) NOT NULL DEFAULT 'none',
    electorate_size       INTEGER,
    ballots_cast          INTEGER,
    tie_json              TEXT,
    result_json           TEXT,
    report_text           TEXT,
    ballots_csv           TEXT,
    created_at            TIMESTAMPTZ  NOT NULL,
    certified_at          TIMESTAMPTZ
);
CREATE INDEX election_phase ON election (phase);

CREATE TABLE candidate (
    election_id   UUID         NOT NULL REFERENCES election (id),
    person_id     VARCHAR(200) NOT NULL,
    ballot_name   VARCHAR(100) NOT NULL,
    statement     TEXT         NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    nominated_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (election_id, person_id)
);
CREATE UNIQUE INDEX candidate_ballot_name ON candidate (election_id, ballot_name) WHERE status = 'nominated';

-- The roll frozen when voting opens. "voted" is the participation record: who voted, never what.
CREATE TABLE roll_entry (
    election_id   UUID         NOT NULL REFERENCES election (id),
    person_id     VARCHAR(200) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    voted         BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (election_id, person_id)
) WITH (fillfactor = 50);

-- What was voted, never who: one slot per roll entry, created in random order when voting opens,
-- claimed at random by a cast. No person, no time, no sequence. See docs/decisions/0501.
CREATE TABLE ballot (
    slot_id       UUID         PRIMARY KEY,
    election_id   UUID         NOT NULL REFERENCES election (id),
    tracker       VARCHAR(64)  UNIQUE,
    scores        VARCHAR(2000),
    generation    INTEGER      NOT NULL DEFAULT 0
) WITH (fillfactor = 50);
CREATE INDEX ballot_election ON ballot (election_id);

-- Tied candidates' agreement on an order (each through their own account).
CREATE TABLE tie_agreement (
    election_id   UUID         NOT NULL REFERENCES election (id),
    person_id     VARCHAR(200) NOT NULL,
    agreed_order  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (election_id, person_id)
);

-- The council's seats: one row per tenure, current while ended_at is null.
CREATE TABLE council_seat (
    id            UUID         PRIMARY KEY,
    seat_id       VARCHAR(20)  NOT NULL,
    cohort        VARCHAR(10)  NOT NULL,
    person_id     VARCHAR(200) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    election_id   UUID         NOT NULL REFERENCES election (id),
    term_start    TIMESTAMPTZ  NOT NULL,
    term_end      TIMESTAMPTZ  NOT NULL,
    ended_at      TIMESTAMPTZ
);
CREATE UNIQUE INDEX council_seat_current ON council_seat (seat_id) WHERE ended_at IS NULL;
