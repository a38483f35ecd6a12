-- a hand-written rebuild that forgets to copy the nicknames' case: it lowers them
CREATE TABLE users_new (
    id INTEGER PRIMARY KEY,
    nickname VARCHAR(30) NOT NULL UNIQUE
);
INSERT INTO users_new (id, nickname) SELECT id, lower(nickname) || '-x' FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;

-- migrate:down
SELECT 1;
