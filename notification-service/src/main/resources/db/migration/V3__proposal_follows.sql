-- People who follow a proposal hear when it moves, as its authors do.
CREATE TABLE proposal_follow (
    person_id    VARCHAR(200) NOT NULL,
    proposal_id  VARCHAR(200) NOT NULL,
    followed_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (person_id, proposal_id)
);
CREATE INDEX proposal_follow_by_proposal ON proposal_follow (proposal_id);
