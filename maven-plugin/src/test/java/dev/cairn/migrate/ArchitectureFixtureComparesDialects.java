package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;

/** For ArchitectureTest only: a migrator class comparing dialects instead of asking the engine. */
class ArchitectureFixtureComparesDialects {
    static boolean locks(Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> false;
            case POSTGRESQL, MYSQL, MARIADB -> true;
        };
    }
}
