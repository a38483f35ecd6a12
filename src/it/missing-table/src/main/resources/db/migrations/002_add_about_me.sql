-- a typo in the table name
ALTER TABLE user ADD COLUMN about_me VARCHAR(140);
