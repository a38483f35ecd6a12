CREATE TABLE users (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
INSERT INTO users (id, name) VALUES (1, 'ada');
