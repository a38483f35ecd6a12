CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    name VARCHAR(50) NOT NULL,
    note TEXT
);
