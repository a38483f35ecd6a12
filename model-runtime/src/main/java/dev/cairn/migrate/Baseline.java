package dev.cairn.migrate;

import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code db:baseline}: puts an existing database under version control at a version, once its live schema equals the
 * one the migrations describe there: every migration up to it is recorded as applied.
 */
final class Baseline {
    private final MigratorContext context;

    Baseline(MigratorContext context) {
        this.context = context;
    }

    void run(long version) {
        List<ReplayedMigration> replayed = context.replayed();
        MigrationVersions.known(context.replayedFiles(), version);
        List<ReplayedMigration> upTo = replayed.stream().filter(m -> m.version() <= version).toList();
        Schema expected = upTo.isEmpty() ? Schema.EMPTY : upTo.get(upTo.size() - 1).after();
        HistoryTable history = context.history();
        try (Connection c = context.connections().open(); MigrationLock lock = context.lock(c)) {
            // under the lock, as an upgrade: a migrator running meanwhile cannot interleave its rows with these
            c.setAutoCommit(false);
            if (context.plan(c).hasHistory()) {
                throw new MigrationProblem("The database is under version control already (" + history.name() + " has rows); db:baseline is for a database"
                        + " that has tables but no history: use db:status to see its version, db:upgrade or db:downgrade to move it");
            }
            Schema live = context.engine().introspector().introspect(c, IntrospectionOptions.excluding(history.tablesOfItsOwn()));
            SchemaDifferences diff = SchemaDifferences.between(context.engine().introspector().asStoredIn(c, expected), live);
            if (!diff.isEmpty()) {
                throw new MigrationProblem("The database does not match the migrations at version " + version
                        + " (expected from the migrations vs the live database):\n  " + diff.toString().replace("\n", "\n  "));
            }
            history.create(c); // only now: on MySQL it commits by itself, and a refused baseline leaves nothing behind
            for (ReplayedMigration m : upTo) {
                history.insert(c, context.historyRow(m, context.downOf(m), 0, context.settings().appliedBy() + " (baseline)"));
            }
            c.commit();
            context.log().info("Baselined at version " + version + ": " + upTo.size() + " migrations recorded as applied");
            context.log().info("Current database version: " + version);
        } catch (SQLException e) {
            throw context.connections().databaseError(e);
        }
    }
}
