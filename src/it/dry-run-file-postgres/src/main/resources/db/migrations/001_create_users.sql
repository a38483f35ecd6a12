-- Users of the microblog.
CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    nickname VARCHAR(64) NOT NULL UNIQUE,
    touched_at TIMESTAMP
);
CREATE INDEX ix_users_touched_at ON users (touched_at);
