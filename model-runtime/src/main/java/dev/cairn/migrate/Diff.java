package dev.cairn.migrate;

import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.diff.ChangePlanner;
import dev.cairn.diff.DiffScript;
import dev.cairn.schema.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static dev.cairn.migrate.MigratorContext.check;

/**
 * {@code db:diff}: writes what the live database has beyond the migrations at its applied version as the next
 * migration file, and logs it for review; with every migration applied first, as the new file comes after them.
 */
final class Diff {
    private final MigratorContext context;
    private final MigrationLog log;

    Diff(MigratorContext context) {
        this.context = context;
        this.log = context.log();
    }

    /** The file written; empty when the database and the migrations agree. */
    Optional<Path> run(Path folder, String name, NewMigration.Style style, Clock clock, boolean recordApplied, Charset encoding) {
        try (Connection c = context.connections().openReadOnly().orElse(null)) {
            if (c == null) {
                throw new MigrationProblem("There is no database at " + context.settings().connection().shownUrl() + " to compare with the migrations");
            }
            MigrationPlan plan = context.plan(c);
            check(plan.problems());
            long version = plan.currentVersion();
            if (!plan.toApply(plan.newestVersion()).isEmpty()) {
                throw new MigrationProblem("The database is at version " + version + " but the migrations go up to " + plan.newestVersion()
                        + "; run db:upgrade first (the new migration would come after them, but describes the database at version " + version + ")");
            }
            Schema expected = context.engine().introspector().asStoredIn(c, context.drift().expectedSchema(c, plan));
            Schema live = context.engine().introspector().introspect(c, IntrospectionOptions.excluding(context.history().tablesOfItsOwn()));
            DiffScript script = DiffScript.of(context.engine().changeRenderer(), expected, ChangePlanner.between(expected, live));
            if (script.isEmpty()) {
                log.info("The database equals its migrations at version " + version + "; there is no difference to write.");
                return Optional.empty();
            }
            String text = script.fileText("Written by db:diff: what the " + context.engine().dialect().id() + " database has beyond the migrations at version "
                    + version + ".\nReview it before applying it" + (script.down() == null ? "." : "; the down part after -- migrate:down was written too, as a derived one would lose the rows of the rebuilt tables."));
            Path file = NewMigration.create(folder, name, style, clock, text, encoding);
            log.info("Wrote " + file + ":");
            for (String line : Files.readString(file, encoding).split("\n")) log.info("  " + line);
            if (recordApplied) recordAsApplied(folder, file, encoding);
            return Optional.of(file);
        } catch (SQLException e) {
            throw context.connections().databaseError(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The migration just written, recorded as applied in the database it was read from, which already holds the change. */
    private void recordAsApplied(Path folder, Path file, Charset encoding) throws SQLException {
        List<MigrationFile> files = context.settings().migrations();
        String shown = files.isEmpty() ? "" : prefixOf(files.get(0));
        List<ReplayedMigration> all = MigrationReplay.of(context.engine().dialect(), MigrationDirectory.load(folder, shown, encoding),
                context.settings().devDatabase());
        ReplayedMigration written = all.stream().filter(m -> m.file().displayName().endsWith(file.getFileName().toString()))
                .findFirst().orElseThrow(() -> new MigrationProblem("Cannot find the file just written: " + file));
        try (Connection c = context.connections().open(); MigrationLock lock = context.lock(c)) {
            c.setAutoCommit(false);
            context.history().create(c);
            context.history().insert(c, context.historyRow(written, context.downOf(written), 0));
            c.commit();
        }
        context.replaceReplayed(all);
        log.info("Recorded version " + written.version() + " as applied in this database, which already holds the change; "
                + "other databases get it with db:upgrade");
    }

    private static String prefixOf(MigrationFile f) {
        String name = f.displayName();
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash + 1);
    }
}
