CREATE TYPE mood AS ENUM ('happy', 'so-so', 'sad');
COMMENT ON TYPE mood IS 'How someone feels.';
CREATE TABLE people (
    id BIGSERIAL PRIMARY KEY,
    uid UUID NOT NULL,
    settings JSONB,
    seen_at TIMESTAMPTZ,
    balance NUMERIC(12, 2) NOT NULL DEFAULT 0,
    nicknames TEXT[],
    lucky INTEGER[],
    current_mood mood,
    age SMALLINT,
    height REAL,
    weight DOUBLE PRECISION,
    active BOOLEAN NOT NULL,
    photo BYTEA,
    created DATE NOT NULL,
    wake_up TIME
);
COMMENT ON TABLE people IS 'Everyone we know.';
COMMENT ON COLUMN people.uid IS 'Stable id shared with <other> systems & tools.';
CREATE TABLE statuses (id SERIAL PRIMARY KEY, person_id BIGINT NOT NULL REFERENCES people (id), text VARCHAR(280) NOT NULL);
