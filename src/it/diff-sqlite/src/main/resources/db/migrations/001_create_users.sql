CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    nickname VARCHAR(64) NOT NULL UNIQUE,
    email VARCHAR(120)
);
CREATE INDEX ix_users_nickname ON users (nickname);
CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140), user_id INTEGER REFERENCES users (id));
CREATE VIEW user_names AS SELECT nickname FROM users;
