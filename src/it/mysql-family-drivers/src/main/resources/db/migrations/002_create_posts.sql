CREATE TABLE posts (
    id INTEGER AUTO_INCREMENT PRIMARY KEY,
    body VARCHAR(140),
    created_at DATETIME,
    user_id INTEGER,
    FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX ix_posts_created_at ON posts (created_at);
