-- Decisions recorded in the minutes of a Board or council meeting, each linked to the vote in election-service.
CREATE TABLE meeting_decision (
    page_id  VARCHAR(36)  NOT NULL REFERENCES page (id),
    position INTEGER      NOT NULL,
    summary  VARCHAR(500) NOT NULL,
    vote_id  VARCHAR(200),
    PRIMARY KEY (page_id, position)
);
