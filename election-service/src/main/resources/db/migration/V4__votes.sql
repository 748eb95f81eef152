-- Projection of membership-service's RoleChanged events: who holds which PSF role (director, voting-member...).
CREATE TABLE person_role (
    person_id   VARCHAR(200) NOT NULL,
    role        VARCHAR(60)  NOT NULL,
    held        BOOLEAN      NOT NULL,
    since       TIMESTAMPTZ,
    until       TIMESTAMPTZ,
    PRIMARY KEY (person_id, role)
);
CREATE INDEX person_role_held ON person_role (role) WHERE held;

-- Yes/no/abstain votes (and polls) on a roll frozen when they open: admission, no-confidence,
-- governance-change, member-vote, poll. The result columns are filled once, when the vote is decided.
CREATE TABLE vote (
    id                UUID PRIMARY KEY,
    kind              VARCHAR(40)  NOT NULL,
    subject_id        VARCHAR(200) NOT NULL,
    question          TEXT         NOT NULL,
    binding           BOOLEAN      NOT NULL,
    options_json      TEXT,
    status            VARCHAR(20)  NOT NULL,
    rulebook_version  INTEGER      NOT NULL,
    opened_at         TIMESTAMPTZ  NOT NULL,
    closes_at         TIMESTAMPTZ  NOT NULL,
    roll_size         INTEGER      NOT NULL,
    ballots_cast      INTEGER,
    yes_count         INTEGER,
    no_count          INTEGER,
    abstain_count     INTEGER,
    option_counts_json TEXT,
    passed            BOOLEAN,
    quorum_met        BOOLEAN,
    quorum_needed     INTEGER,
    yes_needed        INTEGER,
    threshold         VARCHAR(200),
    explanation       TEXT,
    decided_at        TIMESTAMPTZ
);
CREATE INDEX vote_open ON vote (closes_at) WHERE status = 'open';
-- A request that arrives twice (admission call, member vote request) opens one vote.
CREATE UNIQUE INDEX vote_requested_once ON vote (kind, subject_id) WHERE kind IN ('admission', 'member-vote', 'poll');

-- The vote's roll frozen when it opened; "voted" is participation only (who voted, never what).
CREATE TABLE vote_roll (
    vote_id       UUID         NOT NULL REFERENCES vote (id),
    person_id     VARCHAR(200) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    voted         BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (vote_id, person_id)
) WITH (fillfactor = 50);

-- What was voted, never who: the council-election scheme of docs/decisions/0501 (random slots, every cast
-- rewrites every slot, sealed in tracker order at close). No person, no time, no sequence.
CREATE TABLE vote_ballot (
    slot_id     UUID        PRIMARY KEY,
    vote_id     UUID        NOT NULL REFERENCES vote (id),
    tracker     VARCHAR(64) UNIQUE,
    choice      TEXT,
    generation  INTEGER     NOT NULL DEFAULT 0
) WITH (fillfactor = 50);
CREATE INDEX vote_ballot_vote ON vote_ballot (vote_id);

-- A public call for a community vote that needs a second (no-confidence; governance changes when the rulebook asks).
CREATE TABLE vote_call (
    id               UUID PRIMARY KEY,
    kind             VARCHAR(40)  NOT NULL,
    subject_id       VARCHAR(200) NOT NULL,
    question         TEXT         NOT NULL,
    statement        TEXT         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    called_by        VARCHAR(200) NOT NULL,
    called_at        TIMESTAMPTZ  NOT NULL,
    second_deadline  TIMESTAMPTZ  NOT NULL,
    seconded_by      VARCHAR(200),
    seconded_at      TIMESTAMPTZ,
    lapsed_at        TIMESTAMPTZ,
    vote_id          UUID REFERENCES vote (id)
);
CREATE INDEX vote_call_waiting ON vote_call (second_deadline) WHERE status = 'called';

-- A proposed rulebook version (the whole document) and the vote on it.
CREATE TABLE governance_change (
    id             UUID PRIMARY KEY,
    version        INTEGER      NOT NULL,
    base_version   INTEGER      NOT NULL,
    rulebook_json  TEXT         NOT NULL,
    summary        TEXT,
    proposed_by    VARCHAR(200) NOT NULL,
    proposed_at    TIMESTAMPTZ  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    call_id        UUID REFERENCES vote_call (id),
    vote_id        UUID REFERENCES vote (id),
    decided_at     TIMESTAMPTZ
);

-- Rulebook versions adopted by a governance-change vote (published versions ship on the classpath).
CREATE TABLE adopted_rulebook (
    version          INTEGER PRIMARY KEY,
    rulebook_json    TEXT        NOT NULL,
    adopted_by_vote  UUID        NOT NULL REFERENCES vote (id),
    adopted_at       TIMESTAMPTZ NOT NULL
);

-- PSF Board resolutions: the directors listed when it opened vote on the record.
CREATE TABLE board_resolution (
    id                UUID PRIMARY KEY,
    text              TEXT         NOT NULL,
    proposal_id       VARCHAR(200),
    proposed_outcome  VARCHAR(20),
    proposed_by       VARCHAR(200) NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    rulebook_version  INTEGER      NOT NULL,
    opened_at         TIMESTAMPTZ  NOT NULL,
    closes_at         TIMESTAMPTZ  NOT NULL,
    directors         INTEGER      NOT NULL,
    yes_count         INTEGER,
    no_count          INTEGER,
    abstain_count     INTEGER,
    silent_count      INTEGER,
    passed            BOOLEAN,
    explanation       TEXT,
    decided_at        TIMESTAMPTZ
);
CREATE INDEX board_resolution_open ON board_resolution (closes_at) WHERE status = 'open';

CREATE TABLE board_vote (
    resolution_id  UUID         NOT NULL REFERENCES board_resolution (id),
    person_id      VARCHAR(200) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    vote           VARCHAR(10),
    voted_at       TIMESTAMPTZ,
    PRIMARY KEY (resolution_id, person_id)
);
