-- Utilisateurs du microblog: créés ici (ce fichier est en ISO-8859-1)
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    nickname VARCHAR(64) NOT NULL UNIQUE DEFAULT 'anonyme'
);
INSERT INTO users (nickname) VALUES ('José');
