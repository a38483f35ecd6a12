CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    body VARCHAR(140),,
    user_id INTEGER NOT NULL REFERENCES users (id)
);
