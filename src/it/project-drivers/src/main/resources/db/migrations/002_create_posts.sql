CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL,
    body VARCHAR(140)
);
CREATE INDEX ix_posts_user_id ON posts (user_id);
