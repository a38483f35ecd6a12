package dev.cairn.maven;

import java.io.File;

/**
 * The database a goal uses when {@code db.url} is not set: a SQLite file named after the project, in the project
 * folder. The goals say so once per build rather than fall back to it in silence.
 */
final class DefaultDatabase {
    /** {@code db.url}'s default, as Maven evaluates it. */
    static final String URL = "jdbc:sqlite:${project.basedir}/${project.artifactId}.db";

    private DefaultDatabase() {
    }

    /** {@link #URL} as Maven evaluates it for the project in {@code basedir} ({@code ${project.basedir}} is a File). */
    static String url(File basedir, String artifactId) {
        return "jdbc:sqlite:" + basedir + "/" + artifactId + ".db";
    }

    /** The notice of a goal that connects to the default database. */
    static String connecting(File basedir, String artifactId) {
        return "No db.url set; using SQLite file " + new File(basedir, artifactId + ".db")
                + " (the default: <artifactId>.db in the project folder; set db.url to use another database)";
    }

    /** The notice of a goal that only reads the migrations, when neither {@code db.url} nor {@code db.dialect} is set. */
    static String readingAsSqlite() {
        return "No db.url or db.dialect set; reading the migrations as SQLite (the default db.url is a SQLite file;"
                + " set db.dialect or db.url for another engine)";
    }
}
