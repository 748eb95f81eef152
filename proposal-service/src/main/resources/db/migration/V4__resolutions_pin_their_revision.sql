-- A resolution adopts the revision that was voted on, pinned when the Board resolution or the member vote opened;
-- a member vote or poll is asked for by a passed Board resolution, named here.
ALTER TABLE page ADD COLUMN resolution_revision INTEGER;
ALTER TABLE vote_request ADD COLUMN revision INTEGER;

