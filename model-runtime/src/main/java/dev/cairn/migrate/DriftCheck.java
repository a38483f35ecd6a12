package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDiff;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The live schema against the schema the applied migrations describe: someone changed the database by hand. */
final class DriftCheck {
    private final MigratorSettings settings;
    private final Dialect dialect;
    private final HistoryTable history;
    private final Supplier<List<ReplayedMigration>> replayed;

    DriftCheck(MigratorSettings settings, HistoryTable history, Supplier<List<ReplayedMigration>> replayed) {
        this.settings = settings;
        this.dialect = settings.dialect();
        this.history = history;
        this.replayed = replayed;
    }

    /** The differences as one problem line, or none when they agree or the check is switched off. */
    List<String> problems(Connection c, List<AppliedMigration> applied) throws SQLException {
        if (!settings.driftCheck()) return List.of();
        long version = Migrator.currentVersion(applied);
        Schema expected = expectedSchema(applied);
        Schema live = Engines.of(dialect).introspector().introspect(c, IntrospectionOptions.excluding(history.name()));
        SchemaDiff diff = SchemaDiff.between(expected, live);
        if (diff.isEmpty()) return List.of();
        return List.of("the database has drifted from its migrations at version " + version
                + " (expected from the migrations vs the live database):\n    " + diff.toString().replace("\n", "\n    ")
                + "\n  put the change in a migration (db:diff), or undo it; -Ddb.driftCheck=false skips this check");
    }

    /** The schema the applied migrations describe (replayed without pending ones older than the newest applied). */
    Schema expectedSchema(List<AppliedMigration> applied) {
        long version = Migrator.currentVersion(applied);
        Schema expected = Schema.EMPTY;
        List<MigrationFile> appliedFiles = new ArrayList<>();
        boolean gaps = false;
        for (ReplayedMigration m : replayed.get()) {
            if (applied.stream().anyMatch(a -> a.version() == m.version())) {
                appliedFiles.add(m.file());
                expected = m.after();
            } else if (m.version() < version) {
                gaps = true; // pending out of order: the applied ones alone give the schema
            }
        }
        if (gaps) {
            List<ReplayedMigration> subset = MigrationReplay.of(dialect, appliedFiles);
            expected = subset.isEmpty() ? Schema.EMPTY : subset.get(subset.size() - 1).after();
        }
        return expected;
    }
}
