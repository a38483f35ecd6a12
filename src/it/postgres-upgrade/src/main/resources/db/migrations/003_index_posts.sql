-- cairn:no-transaction
CREATE INDEX CONCURRENTLY ix_posts_user_id ON posts (user_id);
