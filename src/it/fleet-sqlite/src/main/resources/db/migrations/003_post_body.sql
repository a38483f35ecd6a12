ALTER TABLE posts ADD COLUMN body TEXT;
CREATE INDEX ix_posts_title ON posts (title);
