package dev.cairn.entity;

import dev.cairn.migrate.HistoryTable;

/** For ArchitectureTest only: the entity runtime using a migrator class. */
class ArchitectureFixtureEntityUsesMigrate {
    HistoryTable history;
}
