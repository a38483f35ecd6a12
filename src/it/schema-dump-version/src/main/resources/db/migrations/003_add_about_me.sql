-- migrate:up
ALTER TABLE users ADD COLUMN about_me VARCHAR(140);

-- migrate:down
ALTER TABLE users DROP COLUMN about_me;
