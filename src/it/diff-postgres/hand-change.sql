-- what someone did with psql
INSERT INTO users (nickname, email) VALUES ('john', 'john@example.com');
ALTER TABLE users ADD COLUMN about_me VARCHAR(140);
COMMENT ON COLUMN users.about_me IS 'a few words';
ALTER TYPE mood ADD VALUE 'angry';
CREATE SEQUENCE ticket_seq START 100;
CREATE TABLE tags (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL UNIQUE);
CREATE TABLE post_tags (post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                        tag_id INTEGER NOT NULL REFERENCES tags (id), PRIMARY KEY (post_id, tag_id));
CREATE INDEX ix_posts_user_id ON posts (user_id);
ALTER TABLE posts ALTER COLUMN body TYPE VARCHAR(280), ALTER COLUMN body SET NOT NULL, ALTER COLUMN body SET DEFAULT '';
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
DROP VIEW user_names;
CREATE VIEW user_names AS SELECT nickname, email FROM users;
