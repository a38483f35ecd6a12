package dev.cairn.entity;

import dev.cairn.migrate.Migrator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A SQLite file upgraded by the migrator to the sample schema (users with managers, posts, tags, post_tags). */
final class SampleDatabase {
    static final String USERS = """
            CREATE TABLE users (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                nickname VARCHAR(64) NOT NULL UNIQUE,
                email VARCHAR(120) NOT NULL UNIQUE,
                manager_id INTEGER REFERENCES users (id)
            );
            """;
    static final String POSTS = """
            CREATE TABLE posts (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                body VARCHAR(140),
                timestamp DATETIME,
                user_id INTEGER NOT NULL REFERENCES users (id)
            );
            CREATE TABLE tags (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);
            CREATE TABLE post_tags (
                post_id INTEGER NOT NULL REFERENCES posts (id),
                tag_id INTEGER NOT NULL REFERENCES tags (id),
                PRIMARY KEY (post_id, tag_id)
            );
            """;

    private SampleDatabase() {
    }

    /** The database upgraded to version 2. */
    static Database at(Path dir) throws IOException {
        return upgraded(dir, 2);
    }

    static Database upgraded(Path dir, int version) throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("001_create_users.sql"), USERS);
        Files.writeString(migrations.resolve("002_create_posts.sql"), POSTS);
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        Migrator.configure().url(url).migrationsIn(migrations).backups(false, 0).log(message -> { }).build()
                .upgrade((long) version, false);
        return Database.open(url);
    }
}
