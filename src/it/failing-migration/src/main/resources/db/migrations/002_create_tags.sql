CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name VARCHAR(32) NOT NULL UNIQUE
);
-- replays (the model does not check the values), but SQLite refuses it: three values for two columns
INSERT INTO tags (id, name)
    VALUES (1, 'news', 'extra');
