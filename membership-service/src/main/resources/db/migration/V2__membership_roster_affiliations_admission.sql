-- PSF membership: one row per period in a class; the open (or latest) period is the current class.
CREATE TABLE psf_membership (
    id               UUID PRIMARY KEY,
    person_id        VARCHAR(200) NOT NULL REFERENCES person (id),
    membership_class VARCHAR(20)  NOT NULL,
    since            DATE         NOT NULL,
    until            DATE,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    CHECK (membership_class IN ('basic', 'supporting', 'contributing', 'managing', 'fellow')),
    CHECK (until IS NULL OR until >= since)
);
CREATE INDEX psf_membership_by_person ON psf_membership (person_id, since DESC);

-- PSF roles held for a period (director, officer, executive-director).
CREATE TABLE role_assignment (
    id          UUID PRIMARY KEY,
    person_id   VARCHAR(200) NOT NULL REFERENCES person (id),
    role        VARCHAR(50)  NOT NULL,
    held_from   TIMESTAMPTZ  NOT NULL,
    held_until  TIMESTAMPTZ,
    granted_by  VARCHAR(200) NOT NULL,
    CHECK (held_until IS NULL OR held_until > held_from)
);
CREATE INDEX role_assignment_by_person ON role_assignment (person_id);

-- Companies, non-profits, educational institutions; a subsidiary points at its parent.
CREATE TABLE organisation (
    id         VARCHAR(100) PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(30)  NOT NULL,
    parent_id  VARCHAR(100) REFERENCES organisation (id),
    CHECK (kind IN ('company', 'non-profit', 'educational'))
);
INSERT INTO organisation (id, name, kind) VALUES ('psf', 'Python Software Foundation', 'non-profit');

CREATE TABLE affiliation (
    id               UUID PRIMARY KEY,
    person_id        VARCHAR(200) NOT NULL REFERENCES person (id),
    organisation_id  VARCHAR(100) NOT NULL REFERENCES organisation (id),
    kind             VARCHAR(30)  NOT NULL,
    since            DATE         NOT NULL,
    until            DATE,
    declared_by      VARCHAR(200) NOT NULL,
    confirmed_by     VARCHAR(200),
    confirmed_at     TIMESTAMPTZ,
    CHECK (kind IN ('employee', 'significantly-affiliated', 'psf-employee', 'psf-director', 'psf-officer')),
    CHECK (until IS NULL OR until >= since)
);
CREATE INDEX affiliation_by_person ON affiliation (person_id);

-- The Packaging community roster and each member's status history.
CREATE TABLE community_member (
    person_id                VARCHAR(200) PRIMARY KEY REFERENCES person (id),
    join_source              VARCHAR(40)  NOT NULL,
    nominating_organisation  VARCHAR(100) REFERENCES organisation (id),
    status                   VARCHAR(20)  NOT NULL,
    joined_at                TIMESTAMPTZ  NOT NULL,
    missed_elections         INTEGER      NOT NULL DEFAULT 0,
    CHECK (join_source IN ('pypa-member', 'packaging-workgroup', 'core-team', 'wider-community-nominee', 'admitted-by-vote')),
    CHECK (status IN ('active', 'inactive', 'removed')),
    CHECK ((join_source = 'wider-community-nominee') = (nominating_organisation IS NOT NULL))
);
CREATE INDEX community_member_by_nominator ON community_member (nominating_organisation);

CREATE TABLE community_status_entry (
    id                UUID PRIMARY KEY,
    person_id         VARCHAR(200) NOT NULL REFERENCES community_member (person_id),
    status            VARCHAR(20)  NOT NULL,
    reason            VARCHAR(500) NOT NULL,
    at                TIMESTAMPTZ  NOT NULL,
    rulebook_version  INTEGER      NOT NULL
);
CREATE INDEX community_status_entry_by_person ON community_status_entry (person_id, at);

-- Written requests to resume participation: the text is kept as written.
CREATE TABLE resumption_request (
    id            UUID PRIMARY KEY,
    person_id     VARCHAR(200) NOT NULL REFERENCES community_member (person_id),
    text          TEXT         NOT NULL,
    requested_at  TIMESTAMPTZ  NOT NULL
);

-- Calls to admit a person, their second, and the outcome of the vote election-service ran.
CREATE TABLE admission_call (
    id                   UUID PRIMARY KEY,
    candidate_person_id  VARCHAR(200) NOT NULL REFERENCES person (id),
    called_by            VARCHAR(200) NOT NULL REFERENCES person (id),
    called_at            TIMESTAMPTZ  NOT NULL,
    channel_url          VARCHAR(500),
    seconding_deadline   TIMESTAMPTZ  NOT NULL,
    seconded_by          VARCHAR(200) REFERENCES person (id),
    seconded_at          TIMESTAMPTZ,
    status               VARCHAR(20)  NOT NULL,
    vote_id              VARCHAR(200),
    outcome_explanation  VARCHAR(1000),
    decided_at           TIMESTAMPTZ,
    rulebook_version     INTEGER      NOT NULL,
    CHECK (status IN ('awaiting-second', 'voting', 'lapsed', 'admitted', 'rejected'))
);
CREATE UNIQUE INDEX admission_call_one_pending_per_candidate ON admission_call (candidate_person_id)
    WHERE status IN ('awaiting-second', 'voting');

-- Council elections as membership sees them: the roll of active members when voting opened, who took part
-- (never how), and whether the missed-election count was already applied.
CREATE TABLE council_election (
    id            VARCHAR(200) PRIMARY KEY,
    voting_opened_at TIMESTAMPTZ,
    evaluated_at  TIMESTAMPTZ
);
CREATE TABLE council_election_roll (
    election_id  VARCHAR(200) NOT NULL REFERENCES council_election (id),
    person_id    VARCHAR(200) NOT NULL,
    PRIMARY KEY (election_id, person_id)
);
CREATE TABLE ballot_participation (
    vote_id    VARCHAR(200) NOT NULL,
    person_id  VARCHAR(200) NOT NULL,
    PRIMARY KEY (vote_id, person_id)
);
