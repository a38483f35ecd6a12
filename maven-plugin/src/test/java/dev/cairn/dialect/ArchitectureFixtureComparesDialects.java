package dev.cairn.dialect;

/** For ArchitectureTest only: shared dialect code comparing dialects instead of asking the engine. */
class ArchitectureFixtureComparesDialects {
    static boolean quotesWithBrackets(Dialect dialect) {
        return dialect == Dialect.SQLITE;
    }
}
