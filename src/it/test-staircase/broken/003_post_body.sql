ALTER TABLE posts ADD COLUMN body TEXT;
CREATE INDEX ix_posts_title ON posts (title);

-- migrate:down
ALTER TABLE posts DROP COLUMN body;
