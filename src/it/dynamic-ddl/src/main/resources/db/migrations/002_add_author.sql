-- SQLite's documented way to change a table in place: edit its CREATE TABLE text in the catalog.
-- Cairn cannot know from the text what this does; with db.devUrl it learns it from a scratch database.
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(200) NOT NULL, author VARCHAR(64))'
 WHERE type = 'table' AND name = 'notes';
PRAGMA writable_schema = RESET;
