CREATE TABLE posts (
    id SERIAL PRIMARY KEY,
    body VARCHAR(140),
    created_at TIMESTAMP,
    user_id INTEGER REFERENCES users (id)
);
