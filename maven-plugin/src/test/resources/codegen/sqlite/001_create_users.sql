-- Users of the blog.
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    nickname VARCHAR(64) NOT NULL UNIQUE,
    email VARCHAR(120) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT 1,
    born DATE,
    manager_id INTEGER REFERENCES users (id)
);
CREATE TABLE posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    body TEXT NOT NULL,
    created_at DATETIME NOT NULL,
    score REAL,
    price NUMERIC(10, 2),
    user_id INTEGER NOT NULL REFERENCES users (id)
);
