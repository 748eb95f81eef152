-- A whole-council election created by a dissolution waits for the Executive Director to name its Returning Officer.
ALTER TABLE election ALTER COLUMN returning_officer_id DROP NOT NULL;

-- Why a tenure ended before its term: resigned, removed, no-confidence, out-of-touch, dissolved, term-ended.
ALTER TABLE council_seat ADD COLUMN end_reason VARCHAR(200);
