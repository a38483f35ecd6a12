-- what someone did with the sqlite3 client or a GUI tool
INSERT INTO users (nickname, email) VALUES ('john', 'john@example.com');
ALTER TABLE users ADD COLUMN about_me VARCHAR(140);
CREATE TABLE tags (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL UNIQUE);
CREATE TABLE post_tags (post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
                        tag_id INTEGER NOT NULL REFERENCES tags (id), PRIMARY KEY (post_id, tag_id));
CREATE INDEX ix_posts_user_id ON posts (user_id);
DROP VIEW user_names;
CREATE VIEW user_names AS SELECT nickname, email FROM users;
-- SQLite cannot ALTER a column: the GUI tool rebuilt posts to make body NOT NULL and longer
CREATE TABLE posts_new (id INTEGER PRIMARY KEY, body VARCHAR(280) NOT NULL DEFAULT '', user_id INTEGER REFERENCES users (id));
INSERT INTO posts_new SELECT * FROM posts;
DROP TABLE posts;
ALTER TABLE posts_new RENAME TO posts;
CREATE INDEX ix_posts_user_id ON posts (user_id);
