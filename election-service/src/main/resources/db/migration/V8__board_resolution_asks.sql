-- A Board resolution about a proposal pins the revision it adopts; one may instead ask the voting members for a
-- binding vote or a poll (question and a poll's options), which proposal-service opens once it passed.
ALTER TABLE board_resolution ADD COLUMN revision INTEGER;
ALTER TABLE board_resolution ADD COLUMN question TEXT;
ALTER TABLE board_resolution ADD COLUMN options_json TEXT;
