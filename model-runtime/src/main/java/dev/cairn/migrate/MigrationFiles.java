package dev.cairn.migrate;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;

/**
 * The versioned migrations of a folder, in version order, and beside them its repeatable ones (Flyway's
 * {@code R__*.sql}; none in Cairn's own layout). A list of the versioned ones, so every command reads it as before.
 */
final class MigrationFiles extends AbstractList<MigrationFile> {
    private final List<MigrationFile> versioned;
    private final List<RepeatableMigration> repeatables;
    private final Map<Long, FlywayLayout.Versioned> flyway;

    MigrationFiles(List<MigrationFile> versioned, List<RepeatableMigration> repeatables, Map<Long, FlywayLayout.Versioned> flyway) {
        this.versioned = List.copyOf(versioned);
        this.repeatables = List.copyOf(repeatables);
        this.flyway = Map.copyOf(flyway);
    }

    /** The Flyway version and checksum of each versioned migration by its Cairn version (empty in Cairn's layout). */
    Map<Long, FlywayLayout.Versioned> flyway() {
        return flyway;
    }

    List<RepeatableMigration> repeatables() {
        return repeatables;
    }

    @Override
    public MigrationFile get(int index) {
        return versioned.get(index);
    }

    @Override
    public int size() {
        return versioned.size();
    }
}
