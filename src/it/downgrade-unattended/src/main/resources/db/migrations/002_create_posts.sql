CREATE TABLE posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    body VARCHAR(140),
    user_id INTEGER NOT NULL REFERENCES users (id)
);
INSERT INTO users (nickname) VALUES ('ann');
INSERT INTO posts (body, user_id) VALUES ('hello', 1);
