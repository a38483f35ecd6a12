-- what someone did with the mariadb client
INSERT INTO users (nickname, email) VALUES ('john', 'john@example.com');
ALTER TABLE users ADD COLUMN about_me VARCHAR(140) COMMENT 'a few words';
CREATE SEQUENCE ticket_seq START WITH 100;
CREATE TABLE tags (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL UNIQUE);
-- foreign keys left unnamed: a named one comes back from db:diff as KEY fk_x + CONSTRAINT fk_x, which Cairn's
-- replay refuses as a duplicate name on MariaDB (a known gap, see issue 6's report)
CREATE TABLE post_tags (post_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, PRIMARY KEY (post_id, tag_id),
                        FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
                        FOREIGN KEY (tag_id) REFERENCES tags (id));
ALTER TABLE posts MODIFY body VARCHAR(280) NOT NULL DEFAULT '';
ALTER TABLE users MODIFY email VARCHAR(120) NOT NULL;
DROP VIEW user_names;
CREATE VIEW user_names AS SELECT nickname, email FROM users;
