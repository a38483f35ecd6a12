-- A version per post: an update checks that nobody changed the post since it was loaded (optimistic locking).
ALTER TABLE posts ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
