-- A page of the catalogue: a proposal or a policy, at PythonSoftwareFoundation/<section>/<name>.
CREATE TABLE page (
    id                   VARCHAR(36)  PRIMARY KEY,
    section              VARCHAR(40)  NOT NULL,
    name                 VARCHAR(120) NOT NULL,
    kind                 VARCHAR(40)  NOT NULL,
    title                VARCHAR(200) NOT NULL,
    amends_page_id       VARCHAR(36)  REFERENCES page (id),
    current_revision     INTEGER      NOT NULL,
    created_by           VARCHAR(200) NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    resolution_outcome   VARCHAR(20),
    resolution_method    VARCHAR(30),
    resolution_reference VARCHAR(300),
    resolved_by          VARCHAR(200),
    resolved_at          TIMESTAMPTZ,
    rulebook_version     INTEGER,
    CONSTRAINT page_path UNIQUE (section, name)
);
CREATE INDEX page_updated ON page (updated_at DESC, id);

CREATE TABLE page_author (
    page_id   VARCHAR(36)  NOT NULL REFERENCES page (id),
    position  INTEGER      NOT NULL,
    author_id VARCHAR(200) NOT NULL,
    PRIMARY KEY (page_id, position)
);
CREATE INDEX page_author_author ON page_author (author_id);

-- Every edit; the text of a page is its latest revision's.
CREATE TABLE revision (
    id                     BIGSERIAL    PRIMARY KEY,
    page_id                VARCHAR(36)  NOT NULL REFERENCES page (id),
    number                 INTEGER      NOT NULL,
    title                  VARCHAR(200) NOT NULL,
    text                   TEXT         NOT NULL,
    author_id              VARCHAR(200) NOT NULL,
    comment                VARCHAR(500),
    created_at             TIMESTAMPTZ  NOT NULL,
    amended_by_proposal_id VARCHAR(36)  REFERENCES page (id),
    CONSTRAINT revision_number UNIQUE (page_id, number)
);

CREATE TABLE page_move (
    id           BIGSERIAL    PRIMARY KEY,
    page_id      VARCHAR(36)  NOT NULL REFERENCES page (id),
    from_section VARCHAR(40)  NOT NULL,
    from_name    VARCHAR(120) NOT NULL,
    to_section   VARCHAR(40)  NOT NULL,
    to_name      VARCHAR(120) NOT NULL,
    moved_by     VARCHAR(200) NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    moved_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX page_move_page ON page_move (page_id, id);

-- An old path and the page now living elsewhere; the page's current path is always one lookup away.
CREATE TABLE redirect (
    section VARCHAR(40)  NOT NULL,
    name    VARCHAR(120) NOT NULL,
    page_id VARCHAR(36)  NOT NULL REFERENCES page (id),
    PRIMARY KEY (section, name)
);

-- A binding member vote or a non-binding poll asked of election-service, and its result once decided.
CREATE TABLE vote_request (
    id               VARCHAR(36)   PRIMARY KEY,
    page_id          VARCHAR(36)   NOT NULL REFERENCES page (id),
    binding          BOOLEAN       NOT NULL,
    question         VARCHAR(1000) NOT NULL,
    requested_by     VARCHAR(200)  NOT NULL,
    requested_at     TIMESTAMPTZ   NOT NULL,
    vote_id          VARCHAR(200),
    decided_at       TIMESTAMPTZ,
    passed           BOOLEAN,
    quorum_met       BOOLEAN,
    yes_count        INTEGER,
    no_count         INTEGER,
    abstain_count    INTEGER,
    roll_size        INTEGER,
    explanation      TEXT,
    rulebook_version INTEGER
);
CREATE INDEX vote_request_page ON vote_request (page_id, requested_at);
