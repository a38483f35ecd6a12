-- find posts by title
CREATE INDEX posts_title ON posts (title);
