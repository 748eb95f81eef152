-- Rulebook versions adopted by governance-change votes, as election-service announced them (RulebookAdopted).
-- Repeatable and idempotent, so that databases created before it gain it without reordering versioned migrations.
CREATE TABLE IF NOT EXISTS rulebook_adopted (
    version        INTEGER     PRIMARY KEY,
    document       TEXT        NOT NULL,
    effective_from TIMESTAMPTZ NOT NULL,
    adopted_by     VARCHAR(200)
);
