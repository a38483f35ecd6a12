package dev.cairn.dialect.engines;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.mysql.MariaDbEngine;
import dev.cairn.dialect.mysql.MySqlEngine;
import dev.cairn.dialect.postgres.PostgresEngine;
import dev.cairn.dialect.sqlite.SqliteEngine;

/**
 * The engine of each {@link Dialect}. This is the one place that lists the engines: a new {@link Dialect} constant
 * fails to compile here until it has an engine, and the new engine class fails to compile until it answers every
 * question of {@link Engine}. (It lives apart from {@code dialect} so that the engine packages, which build on
 * {@code dialect}, are not also below it.)
 */
public final class Engines {
    private Engines() {
    }

    public static Engine of(Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> SqliteEngine.INSTANCE;
            case POSTGRESQL -> PostgresEngine.INSTANCE;
            case MYSQL -> MySqlEngine.INSTANCE;
            case MARIADB -> MariaDbEngine.INSTANCE;
        };
    }

    /** The engine a JDBC URL points at, e.g. {@code jdbc:sqlite:app.db} → SQLite. */
    public static Engine forJdbcUrl(String url) {
        return of(Dialect.fromJdbcUrl(url));
    }
}
