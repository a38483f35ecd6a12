CREATE TABLE posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    body VARCHAR(140),
    timestamp DATETIME,
    user_id INTEGER NOT NULL REFERENCES users (id)
);
CREATE INDEX ix_posts_user_id ON posts (user_id);
