-- Roles are conferred, never taken (issue 17): every grant and every early end names its authority (the Board
-- resolution or PSF election result it implements) and is kept with who recorded it and when. Grants made before
-- this version have no authority recorded.
ALTER TABLE role_assignment ADD COLUMN authority TEXT;
ALTER TABLE role_assignment ADD COLUMN recorded_at TIMESTAMPTZ;
ALTER TABLE role_assignment ADD COLUMN ended_by VARCHAR(200);
ALTER TABLE role_assignment ADD COLUMN end_authority TEXT;
ALTER TABLE role_assignment ADD COLUMN end_recorded_at TIMESTAMPTZ;

-- Initial membership of the Packaging community is a phase: it ends when the first council election is certified;
-- after it a person joins only by an admission vote (or an admin's correction, with its reason). Each initial
-- member's qualification is recorded (which triage/commit bit or project, charter listing, core team, nominator).
ALTER TABLE community_member ADD COLUMN qualification TEXT;
CREATE TABLE roster_phase (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    initial_ended_at    TIMESTAMPTZ,
    initial_ended_by    VARCHAR(200)
);
INSERT INTO roster_phase (id) VALUES (1);

-- A PSF director, officer or executive director is "not exempt": the grant of the role records the matching
-- affiliation with the PSF, and its end ends it, so the council's employer limit counts it.
ALTER TABLE affiliation ADD COLUMN role_assignment_id UUID REFERENCES role_assignment (id);
