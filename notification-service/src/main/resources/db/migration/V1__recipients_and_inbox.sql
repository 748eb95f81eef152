-- Who can be told what: a projection of membership's events, never a call at send time.
CREATE TABLE recipient (
    person_id     VARCHAR(200) PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(320) NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL
);

-- The in-app inbox: exactly one notice per event and person.
CREATE TABLE notice (
    id            UUID PRIMARY KEY,
    person_id     VARCHAR(200) NOT NULL,
    kind          VARCHAR(100) NOT NULL,
    title         VARCHAR(300) NOT NULL,
    body          TEXT         NOT NULL,
    ce_source     VARCHAR(300) NOT NULL,
    ce_id         VARCHAR(200) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    read_at       TIMESTAMPTZ,
    UNIQUE (person_id, ce_source, ce_id)
);
CREATE INDEX notice_by_person ON notice (person_id, created_at DESC);
