-- find posts by title
-- cairn:allow pg-index-not-concurrent posts holds a few hundred rows: the lock lasts milliseconds
CREATE INDEX posts_title ON posts (title);
