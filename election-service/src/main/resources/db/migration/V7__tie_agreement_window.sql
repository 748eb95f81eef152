-- Ties (decision 0524): the tied candidates have until tie_agreement_until to agree before the Returning Officer may
-- draw; a tie_agreement row without an order is a tied candidate's declaration that they cannot agree.
ALTER TABLE election ADD COLUMN tie_agreement_until TIMESTAMPTZ;
ALTER TABLE tie_agreement ALTER COLUMN agreed_order DROP NOT NULL;
