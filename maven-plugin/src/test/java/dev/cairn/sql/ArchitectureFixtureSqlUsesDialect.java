package dev.cairn.sql;

import dev.cairn.dialect.Dialect;

/** For ArchitectureTest only: the bottom layer knowing the dialects (the sql → dialect → sql cycle). */
class ArchitectureFixtureSqlUsesDialect {
    Dialect dialect;
}
