-- Who may vote where, as far as membership's events tell: the electorates a notice goes to.
CREATE TABLE electorate_member (
    person_id         VARCHAR(200) PRIMARY KEY,
    psf_voting        BOOLEAN      NOT NULL DEFAULT FALSE,
    community_active  BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX electorate_psf ON electorate_member (person_id) WHERE psf_voting;
CREATE INDEX electorate_community ON electorate_member (person_id) WHERE community_active;

-- How each person wants each kind of notice; no row means the kind's default.
CREATE TABLE notification_preference (
    person_id   VARCHAR(200) NOT NULL,
    kind        VARCHAR(100) NOT NULL,
    channel     VARCHAR(20)  NOT NULL CHECK (channel IN ('EMAIL', 'INBOX_ONLY', 'OFF', 'DAILY_DIGEST')),
    updated_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (person_id, kind)
);
CREATE INDEX preference_by_kind ON notification_preference (kind, channel);

-- Notices waiting for the next daily digest of their person.
ALTER TABLE notice ADD COLUMN digest_pending BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX notice_digest_pending ON notice (person_id) WHERE digest_pending;

-- Mail to send, written in the same transaction as the notice it carries; sent, retried or parked by the sender.
CREATE TABLE mail_message (
    id               UUID PRIMARY KEY,
    notice_id        UUID         UNIQUE REFERENCES notice (id),
    person_id        VARCHAR(200) NOT NULL,
    kind             VARCHAR(100) NOT NULL,
    to_address       VARCHAR(320) NOT NULL,
    subject          VARCHAR(300) NOT NULL,
    text_body        TEXT         NOT NULL,
    html_body        TEXT         NOT NULL,
    unsubscribe_url  TEXT         NOT NULL,
    status           VARCHAR(20)  NOT NULL CHECK (status IN ('PENDING', 'SENT', 'PARKED')),
    attempts         INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    last_error       TEXT,
    created_at       TIMESTAMPTZ  NOT NULL,
    sent_at          TIMESTAMPTZ
);
CREATE INDEX mail_due ON mail_message (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_by_status ON mail_message (status, created_at);

-- Something people must do before a time: cast a ballot, vote on a motion.
CREATE TABLE deadline (
    subject_id  VARCHAR(200) PRIMARY KEY,
    what        VARCHAR(300) NOT NULL,
    closes_at   TIMESTAMPTZ  NOT NULL,
    open        BOOLEAN      NOT NULL DEFAULT TRUE
);

-- Who has done it (participation only: never what they voted). May arrive before the deadline does.
CREATE TABLE participation (
    subject_id  VARCHAR(200) NOT NULL,
    person_id   VARCHAR(200) NOT NULL,
    PRIMARY KEY (subject_id, person_id)
);

-- One row per reminder to send; the key makes a restart neither skip nor repeat one.
CREATE TABLE reminder (
    subject_id    VARCHAR(200) NOT NULL REFERENCES deadline (subject_id),
    person_id     VARCHAR(200) NOT NULL,
    hours_before  INTEGER      NOT NULL,
    due_at        TIMESTAMPTZ  NOT NULL,
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('DUE', 'SENT', 'NOT_NEEDED')),
    PRIMARY KEY (subject_id, person_id, hours_before)
);
CREATE INDEX reminder_due ON reminder (due_at) WHERE status = 'DUE';
