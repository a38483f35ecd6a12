CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    title VARCHAR(100) NOT NULL
);
CREATE INDEX ix_posts_user_id ON posts (user_id);
