CREATE TYPE mood AS ENUM ('happy', 'so-so', 'sad');
CREATE TABLE people (
    id BIGSERIAL PRIMARY KEY,
    uid UUID NOT NULL DEFAULT gen_random_uuid(),
    name VARCHAR(100) NOT NULL,
    settings JSONB,
    seen_at TIMESTAMPTZ,
    balance NUMERIC(12, 2) NOT NULL DEFAULT 0,
    nicknames TEXT[],
    lucky INTEGER[],
    current_mood mood,
    manager_id BIGINT REFERENCES people (id),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    photo BYTEA,
    born DATE,
    wake_up TIME,
    updated_at TIMESTAMP,
    name_length INTEGER GENERATED ALWAYS AS (char_length(name)) STORED
);
