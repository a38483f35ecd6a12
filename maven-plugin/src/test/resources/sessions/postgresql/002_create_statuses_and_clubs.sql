CREATE TABLE statuses (
    id SERIAL PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES people (id),
    text VARCHAR(280) NOT NULL,
    posted TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE clubs (id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE club_members (
    club_id INTEGER NOT NULL REFERENCES clubs (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    PRIMARY KEY (club_id, person_id)
);
CREATE TABLE tokens (token UUID PRIMARY KEY DEFAULT gen_random_uuid(), person_id BIGINT NOT NULL REFERENCES people (id));
