CREATE TABLE users (
    id INTEGER AUTO_INCREMENT PRIMARY KEY,
    nickname VARCHAR(64) NOT NULL UNIQUE,
    email VARCHAR(120)
);
CREATE INDEX ix_users_nickname ON users (nickname);
CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140), user_id INTEGER,
                    CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id));
CREATE VIEW user_names AS SELECT nickname FROM users;
