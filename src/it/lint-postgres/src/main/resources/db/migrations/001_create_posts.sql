CREATE TABLE posts (id bigint PRIMARY KEY, title text NOT NULL);
CREATE TABLE audit_log (at timestamptz NOT NULL, what text);
