-- Users of the microblog.
CREATE TABLE users (
    id INT AUTO_INCREMENT PRIMARY KEY,
    nickname VARCHAR(64) NOT NULL UNIQUE,
    touched_at DATETIME
);
CREATE INDEX ix_users_touched_at ON users (touched_at);
