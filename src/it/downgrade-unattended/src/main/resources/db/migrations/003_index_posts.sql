CREATE INDEX ix_posts_user_id ON posts (user_id);
