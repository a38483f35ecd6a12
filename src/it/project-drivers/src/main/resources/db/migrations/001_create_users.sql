-- plain SQL both PostgreSQL and MariaDB take
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    nickname VARCHAR(64) NOT NULL
);
