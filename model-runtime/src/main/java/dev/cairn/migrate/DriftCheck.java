package dev.cairn.migrate;

import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The live schema against the schema the applied migrations describe: someone changed the database by hand. */
final class DriftCheck {
    private final MigratorContext context;

    DriftCheck(MigratorContext context) {
        this.context = context;
    }

    /** The differences as one problem line, or none when they agree or the check is switched off. */
    List<String> problems(Connection c, MigrationPlan plan) throws SQLException {
        if (!context.settings().driftCheck()) return List.of();
        SchemaDifferences diff = differences(c, plan);
        if (diff.isEmpty()) return List.of();
        if (plan.currentVersion() == 0 && !plan.hasHistory()) {
            return List.of("the database already has tables but no history table (" + context.history().name() + "): it was not created by"
                    + " these migrations. Put it under version control with db:baseline -Ddb.version=N, N being the migration whose schema it"
                    + " has (db:validate then checks that it matches), or point db.url at an empty database. What it has:\n    "
                    + diff.toString().replace("\n", "\n    "));
        }
        return List.of("the database has drifted from its migrations at version " + plan.currentVersion()
                + " (expected from the migrations vs the live database):\n    " + diff.toString().replace("\n", "\n    ")
                + "\n  put the change in a migration (db:diff), or undo it; -Ddb.driftCheck=false skips this check");
    }

    /** The live schema (the history's own tables left out) against the schema the applied migrations describe. */
    SchemaDifferences differences(Connection c, MigrationPlan plan) throws SQLException {
        Schema expected = context.engine().introspector().asStoredIn(c, expectedSchema(c, plan));
        Schema live = context.engine().introspector().introspect(c, IntrospectionOptions.excluding(context.history().tablesOfItsOwn()));
        return SchemaDifferences.between(expected, live);
    }

    /**
     * As {@link #expectedSchema(MigrationPlan)}, and the repeatable migrations applied, as last applied
     * ({@link RepeatableHistory}), replayed over it.
     */
    Schema expectedSchema(Connection c, MigrationPlan plan) throws SQLException {
        Schema expected = expectedSchema(plan);
        if (c == null) return expected;
        List<MigrationFile> applied = new RepeatableHistory(context.engine(), context.history()).read(c).values().stream()
                .map(a -> MigrationFile.parse(0, a.description(), a.fileName(), a.sql())).toList();
        return RepeatableReplay.over(context.engine().dialect(), expected, applied);
    }

    /** The schema the applied migrations describe (replayed without pending ones older than the newest applied). */
    Schema expectedSchema(MigrationPlan plan) {
        Schema expected = Schema.EMPTY;
        List<MigrationFile> appliedFiles = new ArrayList<>();
        boolean gaps = false;
        for (ReplayedMigration m : context.replayed()) {
            if (plan.isApplied(m.version())) {
                appliedFiles.add(m.file());
                expected = m.after();
            } else if (m.version() < plan.currentVersion()) {
                gaps = true; // pending out of order: the applied ones alone give the schema
            }
        }
        if (gaps) {
            List<ReplayedMigration> subset = MigrationReplay.of(context.engine().dialect(), appliedFiles, context.settings().devDatabase());
            expected = subset.isEmpty() ? Schema.EMPTY : subset.get(subset.size() - 1).after();
        }
        return expected;
    }
}
