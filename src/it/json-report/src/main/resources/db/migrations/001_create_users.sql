-- Users of the microblog.
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    nickname VARCHAR(64) NOT NULL UNIQUE,
    email VARCHAR(120) NOT NULL UNIQUE
);
CREATE INDEX ix_users_nickname ON users (nickname);
CREATE INDEX ix_users_email ON users (email);
