-- Trackers are scoped to their box (docs/decisions/0516): unique within a box, not across the table, so a key a
-- voter reused in another box can neither collide with nor block it.
ALTER TABLE ballot DROP CONSTRAINT ballot_tracker_key;
ALTER TABLE ballot ADD CONSTRAINT ballot_box_tracker UNIQUE (election_id, tracker);
ALTER TABLE vote_ballot DROP CONSTRAINT vote_ballot_tracker_key;
ALTER TABLE vote_ballot ADD CONSTRAINT vote_ballot_box_tracker UNIQUE (vote_id, tracker);

-- Accepted ballots the mixer could not place (unreadable, tracker already in the box, nothing to replace, no free
-- slot), set aside still sealed so that they hold up neither the mixer nor the close; operators see them counted by box
-- and reason in GET /admin/ballot-intake. Written by the mixer, never in a voter's transaction; no time, no sequence.
CREATE TABLE ballot_quarantine (
    id        UUID        PRIMARY KEY,
    box_id    UUID        NOT NULL,
    box_kind  VARCHAR(20) NOT NULL,
    sealed    BYTEA       NOT NULL,
    reason    VARCHAR(60) NOT NULL
);
