-- A poll may offer options (a binding vote is always yes / no / abstain); its result counts each option.
ALTER TABLE vote_request ADD COLUMN options JSONB;
ALTER TABLE vote_request ADD COLUMN option_counts JSONB;
