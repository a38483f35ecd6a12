package dev.cairn.migrate;

import dev.cairn.lint.Linter;

/** For ArchitectureTest only: migrate reaching up into lint (a migrate ↔ lint cycle). */
class ArchitectureFixtureMigrateUsesLint {
    Linter linter;
}
