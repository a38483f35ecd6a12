-- no down part: Cairn derives DROP COLUMN
ALTER TABLE users ADD COLUMN about_me VARCHAR(140) DEFAULT 'it''s; a \\ backslash';
