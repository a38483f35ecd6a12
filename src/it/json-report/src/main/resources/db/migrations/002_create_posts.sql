CREATE TABLE posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    body VARCHAR(140) DEFAULT 'it''s; empty',
    user_id INTEGER NOT NULL REFERENCES users (id)
);
CREATE INDEX ix_posts_user_id ON posts (user_id);
CREATE TABLE post_log (post_id INTEGER, action TEXT);
CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN INSERT INTO post_log VALUES (NEW.id, 'insert; logged'); END;
