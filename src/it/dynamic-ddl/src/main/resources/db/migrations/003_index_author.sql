CREATE INDEX ix_notes_author ON notes (author);
