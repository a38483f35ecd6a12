package dev.cairn.diff;

import dev.cairn.migrate.Migrator;

/** For ArchitectureTest only: diff reaching up into migrate (the diff ↔ migrate cycle). */
class ArchitectureFixtureDiffUsesMigrate {
    Migrator migrator;
}
